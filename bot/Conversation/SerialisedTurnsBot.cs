using Microsoft.Bot.Builder;
using TipBot.Bot.Conversation.TurnLocks;

namespace TipBot.Bot.Conversation;

/// <summary>
/// Runs one turn at a time per conversation, so two messages of one conversation arriving together never both load
/// the same state and lose one's update; <see cref="ITurnLock"/> decides whether that holds in this process only or
/// across instances that share storage.
/// </summary>
public sealed class SerialisedTurnsBot(IBot inner, ITurnLock turnLock) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        var held = await turnLock.AcquireAsync($"{activity.ChannelId}/turnlease/{activity.Conversation.Id}", cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }
}
