using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Storage;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Coaching;

/// <summary>Adds the coaching intake and hand-off to the bot: builder.AddTipBotCoaching(); app.MapTipBotCoaching();</summary>
public static class CoachingExtensions
{
    public static WebApplicationBuilder AddTipBotCoaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CoachingOptions>(builder.Configuration.GetSection(CoachingOptions.Section));
        services.AddCoachingCore();
        // The same Storage:Provider switch as the bot state: SQLite by default, PostgreSQL for several instances, memory for tests.
        services.AddCoachingStore(sp => StorageExtensions.ReadOptions(sp) switch
        {
            { IsMemory: true } => new MemoryCoachingStore(),
            { IsPostgres: true } => new PostgresCoachingStore(sp.GetRequiredService<PostgresDatabase>()),
            _ => new SqliteCoachingStore(sp.GetRequiredService<SqliteDatabase>().ConnectionString),
        });
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return builder;
    }

    public static WebApplication MapTipBotCoaching(this WebApplication app) => app.MapCoachingApi();
}
