using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Knowledge;

/// <summary>Registers the live knowledge index (<see cref="IKnowledgeIndex"/>, <see cref="ITipSearch"/>) and the folder watcher that keeps it fresh.</summary>
public static class KnowledgeExtensions
{
    public const string ResultCacheSizeKey = "Search:ResultCacheSize";

    public static WebApplicationBuilder AddTipBotKnowledge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => KnowledgeFolder.Resolve(
            sp.GetRequiredService<IConfiguration>()[KnowledgeFolder.ConfigurationKey],
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // In memory: a rebuild of the whole library takes well under a second, so there is nothing worth keeping on disk.
        // Search:ResultCacheSize: how many recent questions are answered again without searching (0 switches it off).
        services.TryAddSingleton<IKnowledgeIndex>(sp => new KnowledgeIndex(
            sp.GetRequiredService<KnowledgeFolder>().Path,
            resultCacheSize: sp.GetRequiredService<IConfiguration>().GetValue(ResultCacheSizeKey, TipSearchEngine.DefaultResultCacheSize)));
        services.TryAddSingleton<ITipSearch>(sp => sp.GetRequiredService<IKnowledgeIndex>());
        services.AddHostedService<KnowledgeWatcher>();
        return builder;
    }
}
