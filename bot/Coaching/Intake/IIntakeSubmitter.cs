using Microsoft.Bot.Builder;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>Turns a confirmed intake into a stored coaching request and starts its hand-off.</summary>
public interface IIntakeSubmitter
{
    Task<CoachingRequest> SubmitAsync(ITurnContext turnContext, IntakeState state, CancellationToken cancellationToken);
}
