using TipBot.Bot.Coaching.Handoff;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"Oppakken" / "Afronden" on a request card in the coaches' channel: the card shows the new status.</summary>
public sealed class CoachingRequestAction : IActionHandler
{
    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        // Looked up here, not injected: the conversation core also runs without the coaching part.
        if (turn.Services.GetService<CoachingCardActions>() is not { } actions)
        {
            return ActionReply.Sent(turn.Texts["action.unknown"]);
        }
        var outcome = await actions.ApplyAsync(turn.Context, action.Verb, action.GetString("requestId"), cancellationToken);
        if (outcome.Card is null)
        {
            await turn.SendTextAsync(outcome.Note, cancellationToken);
            return ActionReply.Sent(outcome.Note);
        }
        return ActionReply.Replace(outcome.Card, outcome.Note);
    }
}
