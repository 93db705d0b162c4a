using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using TipBot.Bot.Observability;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Conversation;

/// <summary>TipBot's IBot: applies Teams etiquette, hands each activity to <see cref="Routes"/>, saves state.</summary>
public sealed class TipBotActivityHandler(
    RouteTable routes,
    IServiceProvider services,
    TextCatalog texts,
    ConversationMemory memory,
    TipBotMetrics metrics) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        // Ids only: what the user wrote stays out of traces, as it stays out of logs.
        using var span = TipBotMetrics.Source.StartActivity("tipbot.turn");
        span?.SetTag("tipbot.channel", activity.ChannelId);
        span?.SetTag("tipbot.activity.type", activity.Type);
        span?.SetTag("tipbot.conversation.id", activity.Conversation?.Id);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await ApplyChosenLanguageAsync(turnContext, cancellationToken);
            await base.OnTurnAsync(turnContext, cancellationToken);
            await memory.SaveAsync(turnContext, cancellationToken);
            failed = false;
        }
        finally
        {
            metrics.TurnFinished(activity.ChannelId, activity.Type, System.Diagnostics.Stopwatch.GetElapsedTime(started), failed);
            if (failed)
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            }
        }
    }

    // A language the user chose outranks the channel's locale: Slack has no Dutch interface at all, and many Dutch
    // civil servants run Teams in English. Everything downstream reads the locale, so the choice is applied there.
    private async Task ApplyChosenLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke) || string.IsNullOrEmpty(activity.From?.Id))
        {
            return;
        }
        var preferences = await memory.PreferencesAsync(turnContext, cancellationToken);
        if (preferences.Language is { } language && TextCatalog.LanguageOf(activity.Locale) != language)
        {
            activity.Locale = TextCatalog.LocaleOf(language);
        }
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!ChannelMentions.IsForBot(turnContext.Activity))
        {
            return Task.CompletedTask;
        }
        ChannelMentions.StripBotMention(turnContext.Activity);
        return routes.DispatchMessageAsync(new Turn(turnContext, texts, services), cancellationToken);
    }

    // Not the base implementation: for Teams it looks every new member up on the connector first, which a
    // welcome does not need and which fails wherever that call is not served.
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // A channel's list may hold empty entries; they name nobody to greet.
        var added = turnContext.Activity.MembersAdded?.Where(m => m?.Id is not null).ToList();
        return added is { Count: > 0 }
            ? routes.DispatchMembersAddedAsync(new Turn(turnContext, texts, services), added, cancellationToken)
            : Task.CompletedTask;
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        await routes.DispatchInvokeAsync(new Turn(turnContext, texts, services), cancellationToken)
        ?? await base.OnInvokeActivityAsync(turnContext, cancellationToken);
}
