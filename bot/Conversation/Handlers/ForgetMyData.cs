using TipBot.Bot.Coaching;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"verwijder mijn gegevens" / "delete my data": asks for confirmation, then forgets the user.</summary>
public sealed class ForgetMyData : IMessageHandler
{
    // Looked up, not injected: the conversation core also runs without the coaching part.
    public static bool Matches(Turn turn) => turn.Services.GetService<CoachingIntakeFlow>()?.IsForgetMe(turn.Text) == true;

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.Services.GetRequiredService<CoachingIntakeFlow>().StartForgetMeAsync(turn.Context, cancellationToken);
}
