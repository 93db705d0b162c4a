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
        var user = context.Activity.From?.Id;
        if (ChannelMentions.IsGroupConversation(context.Activity) || user is null || user == botId)
        {
            // A group, or an update that names no user (the per-user state needs one): greet the conversation once.
            var notes = await memory.NotesAsync(context, cancellationToken);
            var greets = ChannelMentions.IsGroupConversation(context.Activity) ? added.Any(m => m.Id == botId) : added.Count > 0;
            if (notes.Welcomed || !greets)
            {
                return;
            }
            await memory.SetNotesAsync(context, notes with { Welcomed = true }, cancellationToken);
        }
        else
        {
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
