namespace TipBot.Bot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// "Sqlite" (default, one file), "Postgres" (shared by several instances) or "Memory" (the SDK's MemoryStorage:
    /// lost on restart, for tests).
    /// </summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For Sqlite a Microsoft.Data.Sqlite connection string (empty = data/tipbot.db under the content root);
    /// for Postgres an Npgsql one (required).
    /// </summary>
    public string? ConnectionString { get; set; }

    public bool IsMemory => string.Equals(Provider, "Memory", StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}
