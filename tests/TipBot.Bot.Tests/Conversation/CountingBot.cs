using Microsoft.Bot.Builder;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Reads a counter, takes a moment (so turns overlap), writes it plus one: the classic lost update.</summary>
internal sealed class CountingBot(ConversationState state, Func<Task> pause) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var count = state.CreateProperty<int>("count");
        var seen = await count.GetAsync(turnContext, () => 0, cancellationToken);
        await pause();
        await count.SetAsync(turnContext, seen + 1, cancellationToken);
        await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
