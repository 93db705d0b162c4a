using Microsoft.Extensions.DependencyInjection;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>Hands a turn to the running coaching intake.</summary>
public sealed class ContinueIntake(IIntakeFlow intake) : IMessageHandler
{
    public static Task<bool> OwnsTurnAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.Services.GetRequiredService<IIntakeFlow>().OwnsTurnAsync(turn.Context, cancellationToken);

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        intake.ContinueAsync(turn.Context, cancellationToken);
}
