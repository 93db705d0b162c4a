using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using TipBot.Bot.Cards;
using TipBot.Bot.Conversation.TurnLocks;
using TipBot.Bot.Observability;
using TipBot.Bot.Storage;
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
        services.AddTipBotMetrics();
        services.TryAddSingleton<TipQuestions>();
        services.TryAddSingleton<TopicCatalog>();
        services.TryAddSingleton(_ => new QuestionCardCache());
        services.TryAddSingleton<TipBotActivityHandler>();
        services.TryAddSingleton<ITurnLock>(CreateTurnLock);
        // A wrong Conversation:TurnLock stops the start instead of failing the first message.
        services.AddHostedService<OpenAtStartup<ITurnLock>>();
        // Not TryAdd: this replaces the host's placeholder bot whichever registers first.
        services.AddSingleton<IBot>(sp => new SerialisedTurnsBot(
            sp.GetRequiredService<TipBotActivityHandler>(),
            sp.GetRequiredService<ITurnLock>()));
        return services;
    }

    private static ITurnLock CreateTurnLock(IServiceProvider services)
    {
        // Hosts without configuration (the in-memory test harnesses) get the provider default of Memory.
        var configuration = services.GetService<IConfiguration>();
        var kind = TurnLockOptions.Resolve(configuration?[TurnLockOptions.Key], configuration?["Storage:Provider"]);
        return kind == TurnLockOptions.Storage
            ? new StorageTurnLock(
                services.GetRequiredService<IStorage>(),
                services.GetRequiredService<TimeProvider>(),
                // Hosts without logging still get the bot.
                services.GetService<ILogger<StorageTurnLock>>() ?? (ILogger)NullLogger.Instance)
            : new InProcessTurnLock();
    }
}
