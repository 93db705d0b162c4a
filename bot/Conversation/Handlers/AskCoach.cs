namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"coach" / "Vraag een coach": starts the coaching intake, or explains how to reach a coach while there is none.</summary>
public sealed class AskCoach(IIntakeFlow intake, ConversationMemory memory) : IMessageHandler, IActionHandler
{
    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        StartAsync(turn, tipId: null, cancellationToken);

    public async Task<ActionReply> HandleAsync(Turn turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        await StartAsync(turn, action.GetString("tipId"), cancellationToken);
        return ActionReply.Sent(turn.Texts["action.sent"]);
    }

    private async Task StartAsync(Turn turn, string? tipId, CancellationToken cancellationToken)
    {
        if (!intake.IsAvailable)
        {
            await turn.SendTextAsync(turn.Texts["coach.unavailable"], cancellationToken);
            return;
        }
        var notes = await memory.NotesAsync(turn.Context, cancellationToken);
        await intake.StartAsync(turn.Context, new IntakeStart(notes.LastQuestion, tipId), cancellationToken);
    }
}
