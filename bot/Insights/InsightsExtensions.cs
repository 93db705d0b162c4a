using TipBot.Bot.Storage;

namespace TipBot.Bot.Insights;

/// <summary>Registers <see cref="IInsightsStore"/> on the same provider as bot state (Storage:Provider).</summary>
public static class InsightsExtensions
{
    public static WebApplicationBuilder AddTipBotInsights(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton<IInsightsStore>(sp => StorageExtensions.ReadOptions(sp).IsMemory
            ? new MemoryInsightsStore()
            : new SqliteInsightsStore(sp.GetRequiredService<SqliteDatabase>()));
        return builder;
    }
}
