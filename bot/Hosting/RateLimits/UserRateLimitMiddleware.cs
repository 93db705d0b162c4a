using Microsoft.Bot.Builder;

namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>
/// Checks <see cref="UserRateLimiter"/> inside the SDK's pipeline, after the request's token has been verified;
/// over the limit the turn stops with <see cref="UserRateLimitedException"/>, which the endpoint answers with 429.
/// </summary>
public sealed class UserRateLimitMiddleware(UserRateLimiter limiter) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        limiter.Check(turnContext.Activity) is { } retryAfter
            ? throw new UserRateLimitedException(retryAfter)
            : next(cancellationToken);
}

/// <summary>A user sent more than their share; the turn was not run.</summary>
public sealed class UserRateLimitedException(int retryAfterSeconds)
    : Exception($"Too many requests from one user; retry after {retryAfterSeconds} s.")
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
