using System.Threading.RateLimiting;

namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>Turns <see cref="RateLimitOptions.TokenBucket"/> settings into the runtime's token bucket options.</summary>
internal static class TokenBuckets
{
    public static TokenBucketRateLimiterOptions From(RateLimitOptions.TokenBucket bucket)
    {
        // Refill every second so a client that waits Retry-After seconds finds a permit.
        var perSecond = Math.Max(1, (int)Math.Ceiling(bucket.PermitsPerMinute / 60.0));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, bucket.Burst),
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <summary>Seconds until a rejected caller may try again, as Retry-After wants it (at least 1).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
}
