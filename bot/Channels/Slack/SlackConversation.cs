namespace TipBot.Bot.Slack;

/// <summary>
/// A Slack place to talk: a channel or DM, and the thread in it. The Activity's conversation id carries both
/// ("C0123:1700000000.000100"), so each thread keeps its own conversation state, as a Teams channel thread does.
/// </summary>
public readonly record struct SlackConversation(string Channel, string? ThreadTs)
{
    public string Id => ThreadTs is null ? Channel : Channel + ":" + ThreadTs;

    /// <summary>Slack's direct messages have ids starting with D; everything else is shared with others.</summary>
    public bool IsDirectMessage => Channel.StartsWith('D');

    public static SlackConversation Parse(string conversationId)
    {
        var colon = conversationId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new SlackConversation(conversationId, null)
            : new SlackConversation(conversationId[..colon], conversationId[(colon + 1)..] is { Length: > 0 } ts ? ts : null);
    }
}
