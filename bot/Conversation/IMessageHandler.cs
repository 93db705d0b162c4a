namespace TipBot.Bot.Conversation;

/// <summary>Answers a message that Routes matched to it.</summary>
public interface IMessageHandler
{
    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
