using TipBot.Bot.Storage;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Insights;

/// <summary>Registers <see cref="IInsightsStore"/> on the same provider as bot state (Storage:Provider).</summary>
public static class InsightsExtensions
{
    public static WebApplicationBuilder AddTipBotInsights(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton<IInsightsStore>(sp => StorageExtensions.ReadOptions(sp) switch
        {
            { IsMemory: true } => new MemoryInsightsStore(),
            { IsPostgres: true } => new PostgresInsightsStore(sp.GetRequiredService<PostgresDatabase>()),
            _ => new SqliteInsightsStore(sp.GetRequiredService<SqliteDatabase>()),
        });
        builder.Services.AddHostedService<OpenAtStartup<IInsightsStore>>();
        return builder;
    }
}
