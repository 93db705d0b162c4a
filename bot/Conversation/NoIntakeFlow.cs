using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>The intake seam before an intake exists: it owns no turn and cannot start.</summary>
public sealed class NoIntakeFlow : IIntakeFlow
{
    public bool IsAvailable => false;

    public Task<bool> OwnsTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task ContinueAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No intake is registered, so it never owns a turn.");

    public Task StartAsync(ITurnContext turn, IntakeStart start, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No intake is registered; check IsAvailable first.");
}
