using System.Text.Json;
using TipBot.Bot.Dialogs.Prompts;

namespace TipBot.Bot.Dialogs;

/// <summary>
/// A waterfall dialog over a typed state record. The state is (de)serialised with System.Text.Json on every
/// turn, so what a step stored is exactly what the next turn (or the next process) reads back.
/// </summary>
public abstract class Dialog<TState> : IDialog
    where TState : class, new()
{
    public static readonly JsonSerializerOptions StateJsonOptions = new(JsonSerializerDefaults.Web);

    private IReadOnlyList<Step<TState>>? _steps;

    public abstract string Id { get; }

    /// <summary>The steps in order; built once.</summary>
    protected abstract IReadOnlyList<Step<TState>> BuildSteps();

    /// <summary>Text key of the help for a step; "{Id}.{step}.help" unless overridden.</summary>
    protected virtual string HelpKey(string step) => $"{Id}.{step}.help";

    protected virtual TState CreateState(DialogTurn turn) => new();

    public IReadOnlyList<Step<TState>> Steps => _steps ??= BuildSteps();

    public static TState ReadState(DialogRecord record) =>
        JsonSerializer.Deserialize<TState>(record.StateJson, StateJsonOptions) ?? new TState();

    public static void WriteState(DialogRecord record, TState state) =>
        record.StateJson = JsonSerializer.Serialize(state, StateJsonOptions);

    public async Task<bool> BeginAsync(DialogTurn turn)
    {
        var state = CreateState(turn);
        WriteState(turn.Record, state);
        var first = NextApplicable(-1, state) ?? throw new InvalidOperationException($"Dialog {Id} has no steps.");
        turn.Record.Step = first.Name;
        await ArriveAsync(turn, state, first).ConfigureAwait(false);
        return true;
    }

    public Prompt CurrentPrompt(DialogTurn turn) => Current(turn).Prompt(Context(turn));

    public string HelpFor(DialogTurn turn) => turn.T(HelpKey(Current(turn).Name));

    public async Task<StepOutcome> AnswerAsync(DialogTurn turn, object? value)
    {
        var context = Context(turn);
        var outcome = await Current(turn).OnAnswerAsync(context, value).ConfigureAwait(false);
        WriteState(turn.Record, context.State);
        return outcome;
    }

    public async Task<bool> AdvanceAsync(DialogTurn turn, StepOutcome outcome)
    {
        var record = turn.Record;
        var state = ReadState(record);
        Step<TState>? target;
        switch (outcome.Kind)
        {
            case StepOutcomeKind.End:
                return false;
            case StepOutcomeKind.GoTo:
                target = Find(outcome.Target!) ?? throw new InvalidOperationException($"Dialog {Id} has no step '{outcome.Target}'.");
                break;
            case StepOutcomeKind.Next:
                target = NextApplicable(IndexOf(record.Step), state);
                if (record.ReturnTo is not null && (target is null || !target.FollowUp))
                {
                    target = Find(record.ReturnTo);
                    record.ReturnTo = null;
                }
                if (target is null)
                {
                    return false;
                }
                break;
            default:
                throw new InvalidOperationException($"Outcome {outcome.Kind} does not move the dialog.");
        }
        record.History.Add(record.Step);
        record.Step = target.Name;
        await ArriveAsync(turn, state, target).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> BackAsync(DialogTurn turn)
    {
        var record = turn.Record;
        if (record.History.Count == 0)
        {
            return false;
        }
        record.Step = record.History[^1];
        record.History.RemoveAt(record.History.Count - 1);
        record.Attempts = 0;
        var step = Current(turn);
        // The intro (e.g. matching tips) was already seen: go straight to the question.
        await turn.SendAsync(step.Prompt(Context(turn)).Render(turn.TurnContext.Activity.ChannelId)).ConfigureAwait(false);
        return true;
    }

    public Task RepromptAsync(DialogTurn turn) =>
        turn.SendAsync(CurrentPrompt(turn).Render(turn.TurnContext.Activity.ChannelId));

    private async Task ArriveAsync(DialogTurn turn, TState state, Step<TState> step)
    {
        turn.Record.Attempts = 0;
        var context = new StepContext<TState>(turn, state);
        if (step.IntroAsync is not null)
        {
            await step.IntroAsync(context).ConfigureAwait(false);
            WriteState(turn.Record, context.State);
        }
        await turn.SendAsync(step.Prompt(context).Render(turn.TurnContext.Activity.ChannelId)).ConfigureAwait(false);
    }

    private StepContext<TState> Context(DialogTurn turn) => new(turn, ReadState(turn.Record));

    private Step<TState> Current(DialogTurn turn) =>
        Find(turn.Record.Step) ?? NextApplicable(-1, ReadState(turn.Record))!;

    private Step<TState>? Find(string name) => Steps.FirstOrDefault(s => s.Name == name);

    private int IndexOf(string name)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }

    private Step<TState>? NextApplicable(int after, TState state)
    {
        for (var i = after + 1; i < Steps.Count; i++)
        {
            if (Steps[i].When(state))
            {
                return Steps[i];
            }
        }
        return null;
    }
}
