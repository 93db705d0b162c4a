using System.Text.Json.Nodes;

namespace TipBot.Bot.Conversation;

/// <summary>
/// What a card action handler answers. For Action.Execute the card is replaced (or the note is shown on it); for the
/// Action.Submit fallback, which cannot replace a card, the note is sent as a message when there is a card.
/// </summary>
public sealed record ActionReply(JsonObject? ReplacementCard, string Note)
{
    /// <summary>The handler already sent its answer as new messages; the note only tells Teams the action worked.</summary>
    public static ActionReply Sent(string note) => new(null, note);

    /// <summary>The pressed card changes (e.g. feedback thanked); the note says the same in words.</summary>
    public static ActionReply Replace(JsonObject card, string note) => new(card, note);
}
