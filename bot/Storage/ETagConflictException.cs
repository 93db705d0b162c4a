namespace TipBot.Bot.Storage;

/// <summary>A write carried an ETag that no longer matches the stored item (someone else wrote first).</summary>
public sealed class ETagConflictException(string key, string? expected, string? current)
    : Exception($"Etag conflict on '{key}'. Original: {expected} Current: {current}");
