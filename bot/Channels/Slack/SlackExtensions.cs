using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Hosting.RateLimits;
using TipBot.Bot.Pacing;
using TipBot.Bot.Storage;
using TipBot.Bot.Storage.Postgres;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Slack;

// Namespace TipBot.Bot.Slack, not ...Channels.Slack: a TipBot.Bot.Channels namespace would hide the SDK's Channels class (Channels.Msteams) from the rest of the bot.
/// <summary>Registers the Slack channel: <c>builder.AddSlack()</c> and <c>app.MapSlack()</c>; active once Slack:SigningSecret is set.</summary>
public static class SlackExtensions
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackReplayGuard>();
        services.AddSingleton<SlackTurnQueue>();
        services.AddSingleton<SlackTurnAcceptor>();
        services.AddSingleton<ISlackInbox>(sp => StorageExtensions.ReadOptions(sp) switch
        {
            { IsMemory: true } => new MemorySlackInbox(),
            { IsPostgres: true } => new PostgresSlackInbox(sp.GetRequiredService<PostgresDatabase>()),
            _ => new SqliteSlackInbox(sp.GetRequiredService<SqliteDatabase>()),
        });
        services.AddSingleton<SlackAdapter>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackUserLocales>();
        services.AddChannelPacing();
        services.AddHttpClient(SlackApiClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddHostedService<SlackTurnWorker>();
        services.AddHostedService<SlackInboxSweeper>();
        // Ours wins whether the coaching services are registered before (last registration) or after (their TryAdd).
        services.TryAddSingleton<ConnectorChannelClient>();
        services.AddSingleton<ICoachingChannelClient, SlackAwareCoachingChannelClient>();
        return builder;
    }

    public static WebApplication MapSlack(this WebApplication app)
    {
        app.MapPost(SlackEndpoints.Events, SlackEndpoints.EventsAsync).RequireRateLimiting(RateLimitExtensions.PublicPolicy);
        app.MapPost(SlackEndpoints.Commands, SlackEndpoints.CommandsAsync).RequireRateLimiting(RateLimitExtensions.PublicPolicy);
        app.MapPost(SlackEndpoints.Interactions, SlackEndpoints.InteractionsAsync).RequireRateLimiting(RateLimitExtensions.PublicPolicy);
        return app;
    }
}
