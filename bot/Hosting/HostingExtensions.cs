using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Hosting.RateLimits;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Hosting;

/// <summary>Registers the Bot Framework host: authentication, the adapter, POST /api/messages, GET /healthz and GET /readyz.</summary>
public static class HostingExtensions
{
    /// <summary>Where the bot listens unless --urls, ASPNETCORE_URLS or URLS say otherwise: the Bot Framework Emulator's habit.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder AddTipBotHosting(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        var services = builder.Services;
        services.AddHttpClient();
        services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var httpClientFactory = sp.GetRequiredService<IHttpClientFactory>();
            MetadataHttpClient.Prime(configuration, httpClientFactory);
            return new GuardedBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: httpClientFactory,
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        });
        services.AddSingleton<TipBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<TipBotAdapter>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<TipBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TipBotAdapter>());
        services.AddSingleton<HealthReporter>();
        return builder;
    }

    public static WebApplication MapTipBotHosting(this WebApplication app)
    {
        app.Map("/api/messages", MessagesEndpoint.HandleAsync).RequireRateLimiting(RateLimitExtensions.PublicPolicy);
        app.MapGet("/healthz", async (HealthReporter health, CancellationToken cancellationToken) =>
        {
            var report = await health.ReportAsync(cancellationToken);
            return Results.Json(report, statusCode: report.Status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        // For the load balancer: /healthz says the process lives, /readyz that it can answer questions.
        app.MapGet("/readyz", async (HealthReporter health, CancellationToken cancellationToken) =>
        {
            var report = await health.ReportAsync(cancellationToken);
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
