using Microsoft.Bot.Schema;
using TipBot.Bot.Cards;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>
/// Greets once: a user in a personal chat (Teams adds the bot, Web Chat adds both) once per user; a group chat or
/// team once, when the bot itself is added. People joining a team later are not greeted in the channel.
/// </summary>
public sealed class Welcome(ConversationMemory memory) : IMembersAddedHandler
{
    public async Task HandleAsync(Turn turn, IReadOnlyList<ChannelAccount> added, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var botId = context.Activity.Recipient?.Id;
        if (ChannelMentions.IsGroupConversation(context.Activity))
        {
            var notes = await memory.NotesAsync(context, cancellationToken);
            if (notes.Welcomed || !added.Any(m => m.Id == botId))
            {
                return;
            }
            await memory.SetNotesAsync(context, notes with { Welcomed = true }, cancellationToken);
        }
        else
        {
            if (context.Activity.From?.Id is null || context.Activity.From.Id == botId)
            {
                return;
            }
            var preferences = await memory.PreferencesAsync(context, cancellationToken);
            if (preferences.Welcomed)
            {
                return;
            }
            await memory.SetPreferencesAsync(context, preferences with { Welcomed = true }, cancellationToken);
        }
        await turn.SendCardAsync(WelcomeCard.Build(turn.Texts), cancellationToken);
    }
}
