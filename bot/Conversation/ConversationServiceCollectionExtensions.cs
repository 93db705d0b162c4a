using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation;

/// <summary>Registers the conversation core: the IBot, its routes and handlers, tip answers and the intake seam.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Needs ITipSearch, IInsightsStore, IStorage, UserState and ConversationState from the host. The intake registers its
    /// <see cref="IIntakeFlow"/> with AddSingleton, which replaces the <see cref="NoIntakeFlow"/> default.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        var routes = new RouteTable();
        Routes.Map(routes);
        services.AddSingleton(routes);
        foreach (var handler in routes.HandlerTypes)
        {
            services.TryAddSingleton(handler);
        }

        services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIntakeFlow, NoIntakeFlow>();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<TipQuestions>();
        services.TryAddSingleton<TopicCatalog>();
        services.TryAddSingleton<TipBotActivityHandler>();
        // Not TryAdd: this replaces the host's placeholder bot whichever registers first.
        services.AddSingleton<IBot>(sp => new SerialisedTurnsBot(
            sp.GetRequiredService<TipBotActivityHandler>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<TimeProvider>(),
            // Hosts without logging (the in-memory test harnesses) still get the bot.
            sp.GetService<ILogger<SerialisedTurnsBot>>() ?? NullLogger<SerialisedTurnsBot>.Instance));
        return services;
    }
}
