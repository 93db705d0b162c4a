using TipBot.Bot.Hosting.RateLimits;
using Xunit;

namespace TipBot.Bot.Tests.RateLimits;

public sealed class TokenBucketsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(30, 30)]
    [InlineData(60, 60)]
    [InlineData(3000, 3000)]
    public void TheBucketRefillsAtTheConfiguredRatePerMinute(int perMinute, int expected)
    {
        var options = TokenBuckets.From(new RateLimitOptions.TokenBucket { PermitsPerMinute = perMinute, Burst = 5 });

        var refilledPerMinute = options.TokensPerPeriod * (TimeSpan.FromMinutes(1) / options.ReplenishmentPeriod);

        Assert.Equal(expected, refilledPerMinute, 3);
        Assert.Equal(5, options.TokenLimit);
    }
}
