using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Dialogs;

/// <summary>A dialog the <see cref="DialogRunner"/> can drive without knowing its state type.</summary>
public interface IDialog
{
    string Id { get; }

    /// <summary>Creates fresh state and asks the first question.</summary>
    Task<bool> BeginAsync(DialogTurn turn);

    Prompt CurrentPrompt(DialogTurn turn);

    /// <summary>Explains the current step (the "help" interruption).</summary>
    string HelpFor(DialogTurn turn);

    /// <summary>Applies a recognised answer; false when the dialog ended.</summary>
    Task<StepOutcome> AnswerAsync(DialogTurn turn, object? value);

    /// <summary>Moves according to an outcome of <see cref="AnswerAsync"/>; false when the dialog ended.</summary>
    Task<bool> AdvanceAsync(DialogTurn turn, StepOutcome outcome);

    /// <summary>Goes one answered step back and asks it again; false when already at the first step.</summary>
    Task<bool> BackAsync(DialogTurn turn);

    Task RepromptAsync(DialogTurn turn);
}
