namespace TipBot.Bot.Conversation;

/// <summary>Answers a card button (Action.Execute invoke or Action.Submit message) with the verb Routes gave it.</summary>
public interface IActionHandler
{
    Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken);
}
