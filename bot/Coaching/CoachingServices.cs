using Microsoft.Extensions.DependencyInjection.Extensions;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Coaching.Intake;
using TipBot.Bot.Coaching.Privacy;
using TipBot.Bot.Conversation;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Pacing;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching;

/// <summary>Registers the dialog engine, the intake, the hand-off and the coaching request store.</summary>
public static class CoachingServices
{
    /// <summary>
    /// Everything but the store and the background services; needs IStorage (bot state) and, for workshops,
    /// tips and coach routing, an ITipSearch.
    /// </summary>
    public static IServiceCollection AddCoachingCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => TextCatalog.LoadEmbedded());
        services.AddOptions<CoachingOptions>();
        services.TryAddSingleton<DialogStore>();
        services.TryAddSingleton<InterruptionRecognizer>();
        services.TryAddSingleton<IntakeLibrary>();
        services.TryAddSingleton<IQuestionAnswerer, TipCardsQuestionAnswerer>();
        services.TryAddSingleton<OutboxSignal>();
        services.AddChannelPacing();
        services.TryAddSingleton<IIntakeSubmitter, IntakeSubmitter>();
        services.TryAddSingleton<CoachingCardActions>();
        services.TryAddSingleton<ICoachingChannelClient, ConnectorChannelClient>();
        services.AddSingleton<IDialog, IntakeDialog>();
        services.AddSingleton<IDialog, ForgetMeDialog>();
        services.TryAddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogStore>(),
            sp.GetServices<IDialog>(),
            sp.GetRequiredService<TextCatalog>(),
            sp.GetRequiredService<InterruptionRecognizer>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IQuestionAnswerer>()));
        services.TryAddSingleton<CoachingIntakeFlow>();
        services.AddSingleton<IIntakeFlow>(sp => sp.GetRequiredService<CoachingIntakeFlow>());
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<RetentionService>();
        return services;
    }

    /// <summary>One store object serves both requests and their outbox.</summary>
    public static IServiceCollection AddCoachingStore(this IServiceCollection services, Func<IServiceProvider, ICoachingRequestStore> create)
    {
        services.AddSingleton(create);
        services.AddSingleton(sp => (ICoachingOutbox)sp.GetRequiredService<ICoachingRequestStore>());
        return services;
    }
}
