using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Knowledge;

/// <summary>Registers the live knowledge index (<see cref="IKnowledgeIndex"/>, <see cref="ITipSearch"/>) and the folder watcher that keeps it fresh.</summary>
public static class KnowledgeExtensions
{
    public static WebApplicationBuilder AddTipBotKnowledge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => KnowledgeFolder.Resolve(
            sp.GetRequiredService<IConfiguration>()[KnowledgeFolder.ConfigurationKey],
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.TryAddSingleton<ITipSearch>(sp => sp.GetRequiredService<IKnowledgeIndex>());
        services.AddHostedService<KnowledgeWatcher>();
        return builder;
    }
}
