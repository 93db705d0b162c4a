using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>Who may run a turn in one conversation right now, and until when; stored like any state, with an ETag.</summary>
public sealed class TurnLease : IStoreItem
{
    public string Owner { get; set; } = "";

    public DateTimeOffset Until { get; set; }

    public string? ETag { get; set; }
}
