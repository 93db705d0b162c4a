namespace TipBot.Bot.Slack;

/// <summary>Configuration section "Slack": the app's signing secret and bot token; without a secret the Slack endpoints answer 404.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>From the Slack app's "Basic Information" page; every request is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot user OAuth token (xoxb-...), sent as Bearer on every Web API call.</summary>
    public string? BotToken { get; set; }

    /// <summary>Slack's Web API; tests point it at a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The language TipBot speaks in Slack when Slack does not tell the user's own (users.info needs the users:read scope).</summary>
    public string Locale { get; set; } = "nl-NL";

    /// <summary>Slack's own payloads stay far below this; anything bigger is refused before it is read.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How many times a 429 from Slack is waited out before the message is given up.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>Turns waiting to run; when full, Slack gets a 503 and retries the event later.</summary>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>
    /// How long an accepted turn belongs to the instance that took it; after that any instance may run it (its own
    /// instance died). Far longer than a turn takes, so a turn still queued is not run twice.
    /// </summary>
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often each instance looks in the inbox for turns whose lease ran out.</summary>
    public TimeSpan InboxSweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsEnabled => !string.IsNullOrEmpty(SigningSecret);
}
