namespace TipBot.Bot.Conversation.TurnLocks;

/// <summary>
/// <c>Conversation:TurnLock</c>: "InProcess" (one instance per storage: SQLite, Memory) or "Storage" (a lease row
/// in shared storage, for several instances on PostgreSQL); unset, it follows <c>Storage:Provider</c>.
/// </summary>
public static class TurnLockOptions
{
    public const string Key = "Conversation:TurnLock";

    public const string InProcess = "InProcess";

    public const string Storage = "Storage";

    /// <summary>The configured kind, or the provider's default; an unknown value is refused with a clear message.</summary>
    public static string Resolve(string? configured, string? storageProvider)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return string.Equals(storageProvider, "Postgres", StringComparison.OrdinalIgnoreCase) ? Storage : InProcess;
        }
        if (string.Equals(configured, InProcess, StringComparison.OrdinalIgnoreCase))
        {
            return InProcess;
        }
        if (string.Equals(configured, Storage, StringComparison.OrdinalIgnoreCase))
        {
            return Storage;
        }
        throw new InvalidOperationException($"{Key} '{configured}' is not known; use '{InProcess}' or '{Storage}'.");
    }
}
