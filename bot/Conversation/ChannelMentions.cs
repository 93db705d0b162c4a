using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace TipBot.Bot.Conversation;

/// <summary>Teams etiquette: in channels and group chats TipBot speaks only when @mentioned, and never reads its own name as a question.</summary>
public static class ChannelMentions
{
    public static bool IsGroupConversation(IActivity activity) =>
        activity.Conversation?.IsGroup == true
        || activity.Conversation?.ConversationType is "channel" or "groupChat";

    public static bool MentionsBot(IMessageActivity activity) =>
        activity.Recipient?.Id is { } botId && activity.GetMentions().Any(m => m.Mentioned?.Id == botId);

    /// <summary>
    /// Teams delivers channel messages only when the bot is mentioned (unless an admin grants more), so anything
    /// else in a group is not for us. Card buttons (a message with a value) carry no mention and are always ours.
    /// </summary>
    public static bool IsForBot(IMessageActivity activity) =>
        activity.ChannelId != Channels.Msteams
        || !IsGroupConversation(activity)
        || activity.Value is not null
        || MentionsBot(activity);

    /// <summary>Removes "&lt;at&gt;TipBot&lt;/at&gt;" (the mention entity's text where mentioned.id is the bot) from the text.</summary>
    public static void StripBotMention(IMessageActivity activity)
    {
        if (activity.Text is not null && activity.Recipient?.Id is not null)
        {
            activity.Text = activity.RemoveRecipientMention()?.Trim();
        }
    }
}
