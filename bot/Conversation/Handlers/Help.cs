using TipBot.Bot.Cards;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"help" / "hulp": what TipBot can do.</summary>
public sealed class Help : IMessageHandler, IActionHandler
{
    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(HelpCard.Build(turn.Texts), cancellationToken);

    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        await HandleAsync(turn, cancellationToken);
        return ActionReply.Sent(turn.Texts["action.sent"]);
    }
}
