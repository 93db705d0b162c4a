namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>Configuration section "RateLimiting": token buckets per client IP and per user on the public endpoints.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off for load benchmarks and tests that flood the bot on purpose.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per remote address, before anything is parsed. Generous: a whole office behind one NAT address, or the
    /// Bot Framework and Slack services relaying many users, must fit; it stops floods, not people.
    /// </summary>
    public TokenBucket PerIp { get; set; } = new() { PermitsPerMinute = 3000, Burst = 600 };

    /// <summary>Per user (channel and user id, known once the request is authenticated): messages, card clicks and invokes.</summary>
    public TokenBucket PerUser { get; set; } = new() { PermitsPerMinute = 30, Burst = 20 };

    /// <summary>How many requests may wait for a permit at most; the rest get 429 at once.</summary>
    public sealed class TokenBucket
    {
        /// <summary>Sustained rate; the bucket refills continuously (every second) at this pace.</summary>
        public int PermitsPerMinute { get; set; }

        /// <summary>Requests allowed in one go on a full bucket.</summary>
        public int Burst { get; set; }
    }
}
