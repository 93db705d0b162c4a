using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TipBot.Bot.Observability;

/// <summary>Makes <see cref="TipBotMetrics"/> available wherever the conversation core or the outbox is registered (the host, or a test's own container).</summary>
public static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddTipBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<TipBotMetrics>();
        return services;
    }
}
