using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipBot.Bot.Dialogs.Prompts;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Dialogs;

/// <summary>
/// Drives the active dialog of a user: loads its record, handles the interruptions (help, back, stop, a new
/// tips question) in this one place for every step, passes answers to the dialog, and stores the record after
/// every turn so a restart continues at the same step.
/// </summary>
public sealed class DialogRunner(
    DialogStore store,
    IEnumerable<IDialog> dialogs,
    TextCatalog texts,
    InterruptionRecognizer interruptions,
    TimeProvider clock,
    IQuestionAnswerer? answerer = null)
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public async Task<bool> IsActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        await store.LoadAsync(DialogStore.KeyFor(turnContext), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The active dialog's id, or null.</summary>
    public async Task<string?> ActiveDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await store.LoadAsync(DialogStore.KeyFor(turnContext), cancellationToken).ConfigureAwait(false))?.DialogId;

    /// <summary>Starts <paramref name="dialogId"/> (replacing any active dialog) and asks its first question.</summary>
    public async Task BeginAsync(ITurnContext turnContext, string dialogId, CancellationToken cancellationToken = default)
    {
        var dialog = _dialogs[dialogId];
        var now = clock.GetUtcNow();
        var record = new DialogRecord { DialogId = dialogId, Locale = turnContext.Activity.Locale, StartedAt = now, UpdatedAt = now };
        var turn = new DialogTurn(turnContext, record, texts, cancellationToken);
        await FinishTurnAsync(turn, await dialog.BeginAsync(turn).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without a word and without keeping anything.</summary>
    public Task EndAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(DialogStore.KeyFor(turnContext), cancellationToken);

    /// <summary>Handles the message if a dialog is active; false when there is none.</summary>
    public async Task<bool> ContinueAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var record = await store.LoadAsync(DialogStore.KeyFor(turnContext), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return false;
        }
        if (!_dialogs.TryGetValue(record.DialogId, out var dialog))
        {
            // A dialog from an older version that no longer exists: let the message be handled normally.
            await store.DeleteAsync(DialogStore.KeyFor(turnContext), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var turn = new DialogTurn(turnContext, record, texts, cancellationToken);
        var input = UserInput.From(turnContext.Activity);
        if (record.ConfirmingCancel)
        {
            await FinishTurnAsync(turn, await ConfirmCancelAsync(turn, dialog, input).ConfigureAwait(false)).ConfigureAwait(false);
            return true;
        }

        var prompt = dialog.CurrentPrompt(turn);
        var active = true;
        switch (interruptions.Recognize(input.Text, prompt.AcceptsQuestions))
        {
            case Interruption.Help:
                await turn.SendAsync(dialog.HelpFor(turn) + "\n\n" + turn.T("intake.dialog.wayOut")).ConfigureAwait(false);
                await dialog.RepromptAsync(turn).ConfigureAwait(false);
                break;
            case Interruption.Back:
                if (!await dialog.BackAsync(turn).ConfigureAwait(false))
                {
                    await turn.SendAsync(turn.T("intake.dialog.atFirstStep")).ConfigureAwait(false);
                    await dialog.RepromptAsync(turn).ConfigureAwait(false);
                }
                break;
            case Interruption.Cancel:
                record.ConfirmingCancel = true;
                await turn.SendAsync(CancelPrompt(turn).Render(turnContext.Activity.ChannelId)).ConfigureAwait(false);
                break;
            case Interruption.Question when answerer is not null:
                await answerer.AnswerAsync(turnContext, input.Text, cancellationToken).ConfigureAwait(false);
                await turn.SendAsync(turn.T("intake.dialog.resume")).ConfigureAwait(false);
                await dialog.RepromptAsync(turn).ConfigureAwait(false);
                break;
            default:
                active = await AnswerAsync(turn, dialog, prompt, input).ConfigureAwait(false);
                break;
        }
        await FinishTurnAsync(turn, active).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> AnswerAsync(DialogTurn turn, IDialog dialog, Prompt prompt, UserInput input)
    {
        var result = prompt.Recognize(input);
        if (result.Succeeded)
        {
            var outcome = await dialog.AnswerAsync(turn, result.Value).ConfigureAwait(false);
            if (outcome.Kind != StepOutcomeKind.Retry)
            {
                return await dialog.AdvanceAsync(turn, outcome).ConfigureAwait(false);
            }
            result = PromptResult.Invalid(outcome.Hint);
        }

        turn.Record.Attempts++;
        var hint = result.Hint ?? prompt.Hint;
        // Re-ask with a hint; from the second miss on, also show the way out instead of asking forever.
        await turn.SendAsync(turn.Record.Attempts > 1 ? hint + "\n\n" + turn.T("intake.dialog.wayOut") : hint).ConfigureAwait(false);
        await dialog.RepromptAsync(turn).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> ConfirmCancelAsync(DialogTurn turn, IDialog dialog, UserInput input)
    {
        var result = CancelPrompt(turn).Recognize(input);
        if (!result.Succeeded)
        {
            await turn.SendAsync(CancelPrompt(turn).Render(turn.TurnContext.Activity.ChannelId)).ConfigureAwait(false);
            return true;
        }
        turn.Record.ConfirmingCancel = false;
        if (result.Value is true)
        {
            await turn.SendAsync(turn.T("intake.dialog.cancelled")).ConfigureAwait(false);
            return false;
        }
        await turn.SendAsync(turn.T("intake.dialog.notCancelled")).ConfigureAwait(false);
        await dialog.RepromptAsync(turn).ConfigureAwait(false);
        return true;
    }

    private static ConfirmPrompt CancelPrompt(DialogTurn turn) => new()
    {
        Question = turn.T("intake.dialog.confirmCancel"),
        Hint = turn.T("intake.dialog.yesNoHint"),
        Choices = ConfirmPrompt.ChoicesFor(turn.T("intake.dialog.yes"), turn.T("intake.dialog.no")),
    };

    private async Task FinishTurnAsync(DialogTurn turn, bool active)
    {
        var key = DialogStore.KeyFor(turn.TurnContext);
        if (active)
        {
            turn.Record.UpdatedAt = clock.GetUtcNow();
            await store.SaveAsync(key, turn.Record, turn.CancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.DeleteAsync(key, turn.CancellationToken).ConfigureAwait(false);
        }
    }
}
