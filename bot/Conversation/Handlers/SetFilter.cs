using TipBot.Bot.Tips;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>"voor leidinggevenden" / "for managers" sets the audience filter for this user; "alle tips" clears it.</summary>
public sealed class SetFilter(ConversationMemory memory) : IMessageHandler
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var request = AudienceFilter.Find(turn.Text);
        var preferences = await memory.PreferencesAsync(turn.Context, cancellationToken);
        await memory.SetPreferencesAsync(turn.Context, preferences with { Audience = request?.Audience }, cancellationToken);
        await turn.SendTextAsync(
            request?.Audience is { } audience
                ? turn.Texts.Get("filter.set", turn.Texts["audience." + audience])
                : turn.Texts["filter.cleared"],
            cancellationToken);
    }
}
