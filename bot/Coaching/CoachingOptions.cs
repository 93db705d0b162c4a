namespace TipBot.Bot.Coaching;

/// <summary>The "Coaching" configuration section.</summary>
public sealed class CoachingOptions
{
    public const string Section = "Coaching";

    /// <summary>Where request cards go: the coaches' Teams channel (or any Bot Framework conversation).</summary>
    public CoachingChannelOptions Channel { get; set; } = new();

    /// <summary>Also send the Bot Framework handoff.initiate event, for contact-centre hubs.</summary>
    public bool EmitHandoff { get; set; }

    /// <summary>Completed requests lose their personal fields after this many days.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Language of the request cards in the coaches' channel.</summary>
    public string CoachesLocale { get; set; } = "nl";

    public OutboxOptions Outbox { get; set; } = new();
}

/// <summary>The coaches' channel: a conversation the bot can post new threads in.</summary>
public sealed class CoachingChannelOptions
{
    public string? ServiceUrl { get; set; }

    public string ChannelId { get; set; } = "msteams";

    /// <summary>For Teams the channel id ("19:...@thread.tacv2").</summary>
    public string? ConversationId { get; set; }

    public string? TenantId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServiceUrl) && !string.IsNullOrWhiteSpace(ConversationId);
}

/// <summary>How the outbox retries: exponential backoff with jitter between the two delays.</summary>
public sealed class OutboxOptions
{
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the outbox is checked when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a dispatcher holds the messages it took before another instance may take them; longer than one
    /// delivery (the channel client's timeout), so a slow delivery is not sent twice.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many attempts a message is marked failed (and shown to operators).</summary>
    public int MaxAttempts { get; set; } = 50;
}
