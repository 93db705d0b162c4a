using System.Threading.RateLimiting;

namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>Turns <see cref="RateLimitOptions.TokenBucket"/> settings into the runtime's token bucket options.</summary>
internal static class TokenBuckets
{
    public static TokenBucketRateLimiterOptions From(RateLimitOptions.TokenBucket bucket)
    {
        // The configured rate per minute, refilled in small steps so a client that waits Retry-After finds a permit:
        // one token every 60/N seconds below one a second, whole tokens every second above.
        var perMinute = Math.Max(1, bucket.PermitsPerMinute);
        var (tokens, period) = perMinute >= 60
            ? (perMinute / 60, TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(60.0 / perMinute));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, bucket.Burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <summary>Seconds until a rejected caller may try again, as Retry-After wants it (at least 1).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
}
