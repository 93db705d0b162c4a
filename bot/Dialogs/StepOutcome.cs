namespace TipBot.Bot.Dialogs;

/// <summary>What a step decided after an answer: on to the next step, to a named step, the end, or ask again.</summary>
public sealed record StepOutcome(StepOutcomeKind Kind, string? Target = null, string? Hint = null)
{
    public static readonly StepOutcome Next = new(StepOutcomeKind.Next);

    public static readonly StepOutcome End = new(StepOutcomeKind.End);

    public static StepOutcome GoTo(string step) => new(StepOutcomeKind.GoTo, step);

    /// <summary>The answer was understood but cannot be used; <paramref name="hint"/> says why.</summary>
    public static StepOutcome Retry(string hint) => new(StepOutcomeKind.Retry, Hint: hint);
}

public enum StepOutcomeKind
{
    Next,
    GoTo,
    End,
    Retry,
}
