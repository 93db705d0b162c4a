namespace TipBot.Bot.Hosting;

/// <summary>The channel's signing keys (OpenID metadata) could not be fetched: our problem or theirs, not the caller's.</summary>
public sealed class ChannelKeysUnavailableException(string message, Exception inner) : Exception(message, inner);
