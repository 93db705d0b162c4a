using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipBot.Bot.Coaching.Intake;
using TipBot.Bot.Coaching.Privacy;
using TipBot.Bot.Conversation;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Dialogs.Prompts;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching;

/// <summary>
/// The conversation's intake seam, served by the dialog engine: a message while a dialog (the intake or
/// "verwijder mijn gegevens") is active goes to it; "coach" and "Vraag een coach" start the intake.
/// </summary>
public sealed class CoachingIntakeFlow(DialogRunner runner, TextCatalog texts) : IIntakeFlow
{
    private readonly HashSet<string> _forgetWords = new[] { "nl", "en" }
        .SelectMany(l => texts.Get(l, "coaching.privacy.words").Split('|'))
        .Select(TextNormalizer.Normalize)
        .ToHashSet(StringComparer.Ordinal);

    public bool IsAvailable => true;

    /// <summary>"verwijder mijn gegevens" / "delete my data" and their variants.</summary>
    public bool IsForgetMe(string? text) => _forgetWords.Contains(TextNormalizer.Normalize(text));

    public async Task<bool> OwnsTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Type == ActivityTypes.Message && await runner.IsActiveAsync(turn, cancellationToken).ConfigureAwait(false);

    public async Task ContinueAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // A privacy request outranks the running intake (which is dropped unsaved).
        if (IsForgetMe(turn.Activity.Text))
        {
            await StartForgetMeAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }
        await runner.ContinueAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    public async Task StartAsync(ITurnContext turn, IntakeStart start, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(MessageFactory.Text(texts.Get(turn.Activity.Locale, "intake.start")), cancellationToken).ConfigureAwait(false);
        await runner.BeginAsync(turn, IntakeDialog.DialogId, cancellationToken).ConfigureAwait(false);
    }

    public Task StartForgetMeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        runner.BeginAsync(turn, ForgetMeDialog.DialogId, cancellationToken);
}
