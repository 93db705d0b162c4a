using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TipBot.Bench.EchoBot;

/// <summary>Echoes a message and counts turns in ConversationState, so every turn reads and writes state like a real bot.</summary>
public sealed class EchoTurns(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> turns = conversationState.CreateProperty<int>("turns");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var count = await turns.GetAsync(turnContext, () => 0, cancellationToken);
        await turns.SetAsync(turnContext, count + 1, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
    }
}
