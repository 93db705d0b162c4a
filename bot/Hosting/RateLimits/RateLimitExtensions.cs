using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TipBot.Bot.Hosting.RateLimits;

/// <summary>Registers the per-IP policy (ASP.NET Core's rate limiter middleware) and the per-user <see cref="UserRateLimiter"/>.</summary>
public static class RateLimitExtensions
{
    /// <summary>The policy every public endpoint carries: <c>.RequireRateLimiting(RateLimitExtensions.PublicPolicy)</c>.</summary>
    public const string PublicPolicy = "tipbot-public";

    public static WebApplicationBuilder AddTipBotRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<UserRateLimiter>();
        var bucket = TokenBuckets.From(settings.PerIp);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PublicPolicy, http => settings.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => bucket)
                : RateLimitPartition.GetNoLimiter("off"));
            limiter.OnRejected = (context, _) =>
                new ValueTask(TooManyRequests.WriteAsync(context.HttpContext.Response, TokenBuckets.RetryAfterSeconds(context.Lease)));
        });
        return builder;
    }

    /// <summary>Must run before the endpoints are mapped with the policy.</summary>
    public static WebApplication UseTipBotRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
