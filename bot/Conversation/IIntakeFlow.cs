using Microsoft.Bot.Builder;

namespace TipBot.Bot.Conversation;

/// <summary>Where a coaching intake starts from: the question the user asked last and the tip they were looking at.</summary>
public sealed record IntakeStart(string? Question, string? TipId);

/// <summary>
/// The seam to the coaching intake (bot/Dialogs, bot/Coaching): Routes sends it every turn it owns, and
/// "Vraag een coach" starts it. <see cref="NoIntakeFlow"/> stands in until an intake is registered.
/// </summary>
public interface IIntakeFlow
{
    /// <summary>False while no intake is registered: "Vraag een coach" then explains how to reach a coach.</summary>
    bool IsAvailable { get; }

    /// <summary>True when an intake is running in this conversation and this activity is for it.</summary>
    Task<bool> OwnsTurnAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>Handles a turn the intake owns (answers, its buttons, "stop", interruptions).</summary>
    Task ContinueAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>Starts the intake and asks its first question.</summary>
    Task StartAsync(ITurnContext turn, IntakeStart start, CancellationToken cancellationToken);
}
