namespace TipBot.Bot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"Sqlite" (default) or "Memory" (the SDK's MemoryStorage: lost on restart, for tests).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>A Microsoft.Data.Sqlite connection string; empty = data/tipbot.db under the content root.</summary>
    public string? ConnectionString { get; set; }

    public bool IsMemory => string.Equals(Provider, "Memory", StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);
}
