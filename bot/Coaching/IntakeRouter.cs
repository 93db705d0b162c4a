using Microsoft.Bot.Builder;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Coaching.Intake;
using TipBot.Bot.Coaching.Privacy;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Dialogs.Prompts;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching;

/// <summary>
/// The coaching entry points for the conversation's routing: a message while a dialog is active goes to it;
/// "coach" / "ik wil een coach" starts the intake; "verwijder mijn gegevens" starts the privacy dialog;
/// a card's Submit fallback for "claim"/"complete" goes to the card actions.
/// </summary>
public sealed class IntakeRouter(DialogRunner runner, TextCatalog texts, CoachingCardActions cardActions)
{
    private readonly HashSet<string> _startWords = Words(texts, "coaching.start.words");
    private readonly HashSet<string> _forgetWords = Words(texts, "coaching.privacy.words");

    /// <summary>True when the message was handled here; false lets the conversation answer it (e.g. search).</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            return false;
        }
        if (await cardActions.TryHandleSubmitAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        var text = TextNormalizer.Normalize(UserInput.From(turnContext.Activity).Text);
        if (_forgetWords.Contains(text))
        {
            await runner.BeginAsync(turnContext, ForgetMeDialog.DialogId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (await runner.ContinueAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        if (_startWords.Contains(text))
        {
            await StartIntakeAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    /// <summary>Starts the intake (the "coach" command and the "Vraag een coach" button).</summary>
    public async Task StartIntakeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(turnContext.Activity.Locale, "intake.start")), cancellationToken).ConfigureAwait(false);
        await runner.BeginAsync(turnContext, IntakeDialog.DialogId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts "verwijder mijn gegevens" (its confirmation question).</summary>
    public Task StartForgetMeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        runner.BeginAsync(turnContext, ForgetMeDialog.DialogId, cancellationToken);

    private static HashSet<string> Words(TextCatalog texts, string key) =>
        new[] { "nl", "en" }
            .SelectMany(l => texts.Get(l, key).Split('|'))
            .Select(TextNormalizer.Normalize)
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
