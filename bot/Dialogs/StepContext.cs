using TipBot.Bot.Texts;

namespace TipBot.Bot.Dialogs;

/// <summary>A dialog turn with the dialog's typed state, as a step sees it.</summary>
public sealed class StepContext<TState>(DialogTurn turn, TState state) : DialogTurn(turn.TurnContext, turn.Record, turn.Texts, turn.CancellationToken)
{
    public TState State { get; } = state;

    /// <summary>After the next answer (and the follow-up steps it needs), come back to <paramref name="step"/>.</summary>
    public void ReturnTo(string step) => Record.ReturnTo = step;

    public bool IsEditing => Record.ReturnTo is not null;
}
