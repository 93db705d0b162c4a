using System.Threading.RateLimiting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>
/// The per-user token buckets, asked by each channel once it knows who is talking (after authentication,
/// so nobody can spend another user's permits by putting their id in a forged request).
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            var bucket = TokenBuckets.From(settings.PerUser);
            _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ => bucket));
        }
    }

    /// <summary>Null when the activity may go on; otherwise the seconds the user should wait. Only what a person sends counts.</summary>
    public int? Check(IActivity activity) =>
        Check(activity.Type, activity.ChannelId + ":" + (activity.From?.Id is { Length: > 0 } id ? id : activity.Conversation?.Id));

    /// <summary>As <see cref="Check(IActivity)"/> for a caller known by something else than the activity's sender (a Direct Line token's conversation).</summary>
    public int? Check(string activityType, string caller)
    {
        if (_limiter is null || activityType is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return null;
        }
        using var lease = _limiter.AttemptAcquire(caller);
        return lease.IsAcquired ? null : TokenBuckets.RetryAfterSeconds(lease);
    }

    public void Dispose() => _limiter?.Dispose();
}
