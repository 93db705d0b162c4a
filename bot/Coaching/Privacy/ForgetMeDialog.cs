using Microsoft.Bot.Builder;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Coaching.Privacy;

/// <summary>The answers of the "verwijder mijn gegevens" dialog (none: it only asks for confirmation).</summary>
public sealed class ForgetMeState
{
    public bool? Confirmed { get; set; }
}

/// <summary>
/// "verwijder mijn gegevens" / "delete my data": after a yes, removes the user's conversation and user state
/// and the personal fields of every request they made.
/// </summary>
public sealed class ForgetMeDialog(IStorage storage, ICoachingRequestStore requests, TimeProvider clock) : Dialog<ForgetMeState>
{
    public const string DialogId = "forgetMe";

    public override string Id => DialogId;

    protected override string HelpKey(string step) => "coaching.privacy.help";

    protected override IReadOnlyList<Step<ForgetMeState>> BuildSteps() =>
    [
        new()
        {
            Name = "confirm",
            Prompt = c => new ConfirmPrompt
            {
                Question = c.T("coaching.privacy.question"),
                Hint = c.T("coaching.privacy.hint"),
                Choices = ConfirmPrompt.ChoicesFor(c.T("intake.dialog.yes"), c.T("intake.dialog.no")),
            },
            OnAnswerAsync = async (c, v) =>
            {
                if (v is not true)
                {
                    await c.SendAsync(c.T("coaching.privacy.kept")).ConfigureAwait(false);
                    return StepOutcome.End;
                }
                var count = await ForgetAsync(c.TurnContext, c.CancellationToken).ConfigureAwait(false);
                await c.SendAsync(c.T("coaching.privacy.done", count)).ConfigureAwait(false);
                return StepOutcome.End;
            },
        },
    ];

    private async Task<int> ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // The SDK's ConversationState and UserState keys, and any dialog of this user.
        await storage.DeleteAsync(
            [
                $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}",
                $"{activity.ChannelId}/users/{activity.From?.Id}",
                DialogStore.KeyFor(turnContext),
            ],
            cancellationToken).ConfigureAwait(false);
        return await requests.AnonymiseRequesterAsync(RequesterAddress.RequesterId(turnContext), clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
