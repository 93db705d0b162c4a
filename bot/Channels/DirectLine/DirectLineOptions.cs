namespace TipBot.Bot.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 endpoint (configuration section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// When set, tokens are signed with it and /tokens/generate requires "Authorization: Bearer &lt;secret&gt;";
    /// it also enables the endpoint when a MicrosoftAppId is configured.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid (Direct Line's own tokens live an hour).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Conversations kept in memory at most; the least recently used one is dropped to make room.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>A conversation with no traffic for this long is forgotten (its GET answers 404).</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Activities kept per conversation; older ones are dropped (a client past them has seen them).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Largest accepted request body; bigger ones get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The bot's id and name as Web Chat sees them.</summary>
    public string BotId { get; set; } = "tipbot";

    public string BotName { get; set; } = "TipBot";
}
