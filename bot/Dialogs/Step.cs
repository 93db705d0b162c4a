using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Dialogs;

/// <summary>One waterfall step: when it applies, what it says first, the prompt, and what to do with the answer.</summary>
public sealed class Step<TState>
{
    public required string Name { get; init; }

    /// <summary>False skips the step (e.g. "which other organisation" only after "anders").</summary>
    public Func<TState, bool> When { get; init; } = _ => true;

    /// <summary>Sent once when the step is reached (not on a re-ask).</summary>
    public Func<StepContext<TState>, Task>? IntroAsync { get; init; }

    public required Func<StepContext<TState>, Prompt> Prompt { get; init; }

    /// <summary>Stores the recognised value in the state and decides where to go.</summary>
    public required Func<StepContext<TState>, object?, Task<StepOutcome>> OnAnswerAsync { get; init; }

    /// <summary>A step that belongs to the one before it: after changing that one, it is asked too.</summary>
    public bool FollowUp { get; init; }

    public static Func<StepContext<TState>, object?, Task<StepOutcome>> Store(Action<TState, object?> store) =>
        (context, value) =>
        {
            store(context.State, value);
            return Task.FromResult(StepOutcome.Next);
        };
}
