using Microsoft.Bot.Builder;

// Not in the TurnLocks namespace: stored leases carry this type's full name (the SDK's TypeNameHandling.All),
// so a rename would make leases already in a shared database unreadable.
namespace TipBot.Bot.Conversation;

/// <summary>Who may run a turn in one conversation right now, and until when; stored like any state, with an ETag.</summary>
public sealed class TurnLease : IStoreItem
{
    public string Owner { get; set; } = "";

    public DateTimeOffset Until { get; set; }

    public string? ETag { get; set; }
}
