using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Slack;

/// <summary>Slack's events, slash commands and button clicks as the Activities the bot already understands.</summary>
public static partial class SlackActivities
{
    public const string ChannelId = "slack";

    /// <summary>
    /// An event_callback's event as a message, or null when it is not for us: other event types, edits and
    /// joins (any subtype), messages by bots (ourselves included), and channel messages that do not mention us.
    /// </summary>
    public static Activity? FromEvent(JsonObject envelope, SlackOptions options)
    {
        if (envelope["event"] is not JsonObject e)
        {
            return null;
        }
        var type = Str(e, "type");
        var botUserId = BotUserId(envelope);
        if (e["bot_id"] is not null || Str(e, "subtype") is { } subtype && subtype is not ("file_share" or "thread_broadcast"))
        {
            return null;
        }
        var user = Str(e, "user");
        var channel = Str(e, "channel");
        var ts = Str(e, "ts");
        if (user is null || channel is null || ts is null || user == botUserId)
        {
            return null;
        }
        SlackConversation conversation;
        if (type == "app_mention")
        {
            // In a channel the answer goes in a thread: the question's own thread, or a new one under it.
            conversation = new SlackConversation(channel, Str(e, "thread_ts") ?? ts);
        }
        else if (type == "message" && Str(e, "channel_type") == "im")
        {
            conversation = new SlackConversation(channel, Str(e, "thread_ts"));
        }
        else
        {
            return null;
        }
        var text = ReadableText(Str(e, "text") ?? "", botUserId);
        var activity = Message(conversation, user, botUserId, options, ts, Str(envelope, "team_id"));
        activity.Text = text;
        activity.Id = ts;
        return activity;
    }

    /// <summary>A slash command: "/tip vraag" asks the question, "/coach" starts the intake.</summary>
    public static Activity FromCommand(string text, string userId, string? userName, string channelId, string? teamId, string? responseUrl, SlackOptions options)
    {
        var activity = Message(new SlackConversation(channelId, null), userId, null, options, null, teamId);
        activity.From.Name = userName;
        activity.Text = text;
        new SlackOrigin { ResponseUrl = responseUrl }.WriteTo(activity);
        return activity;
    }

    /// <summary>
    /// A click on one of our buttons: card data becomes the Activity's value (as Action.Submit sends it), a
    /// "say" button's value becomes the user's text. Null for link buttons and for actions that are not ours.
    /// </summary>
    public static Activity? FromBlockAction(JsonObject payload, SlackOptions options)
    {
        if (Str(payload, "type") != "block_actions" || payload["actions"] is not JsonArray { Count: > 0 } actions
            || actions[0] is not JsonObject action)
        {
            return null;
        }
        var kind = SlackButton.KindOf(Str(action, "action_id"));
        var value = Str(action, "value");
        var user = (payload["user"] as JsonObject) is { } u ? Str(u, "id") : null;
        var channel = (payload["channel"] as JsonObject) is { } c ? Str(c, "id") : (payload["container"] as JsonObject) is { } box ? Str(box, "channel_id") : null;
        if (kind is null or SlackButton.Link || value is null || user is null || channel is null)
        {
            return null;
        }
        var message = payload["message"] as JsonObject;
        var threadTs = (message is null ? null : Str(message, "thread_ts"))
            ?? ((payload["container"] as JsonObject) is { } container ? Str(container, "thread_ts") : null);
        var botUserId = message is null ? null : Str(message, "user");
        var activity = Message(new SlackConversation(channel, threadTs), user, botUserId, options, null, (payload["team"] as JsonObject) is { } t ? Str(t, "id") : null);
        activity.Id = Str(action, "action_ts");
        activity.ReplyToId = message is null ? null : Str(message, "ts");
        var locale = (payload["user"] as JsonObject) is { } who ? Str(who, "locale") : null;
        locale ??= Str(payload, "locale");
        if (locale is not null)
        {
            activity.Locale = locale;
        }
        new SlackOrigin
        {
            ResponseUrl = Str(payload, "response_url"),
            MessageTs = activity.ReplyToId,
            MessageText = message is null ? null : Str(message, "text"),
            MessageBlocks = message?["blocks"] is JsonArray blocks ? JArray.Parse(blocks.ToJsonString()) : null,
            BlockId = Str(action, "block_id"),
            LocaleFromRequest = locale is not null,
        }.WriteTo(activity);
        if (kind == SlackButton.Say)
        {
            activity.Text = value;
            return activity;
        }
        try
        {
            activity.Value = JToken.Parse(value);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
        return activity;
    }

    private static Activity Message(SlackConversation conversation, string userId, string? botUserId, SlackOptions options, string? ts, string? teamId) =>
        new()
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelId,
            ServiceUrl = options.ApiBaseUrl.AbsoluteUri,
            Conversation = new ConversationAccount(
                isGroup: !conversation.IsDirectMessage,
                conversationType: conversation.IsDirectMessage ? "personal" : "channel",
                id: conversation.Id,
                tenantId: teamId),
            From = new ChannelAccount(userId, role: RoleTypes.User),
            Recipient = new ChannelAccount(botUserId ?? "slack-bot", role: RoleTypes.Bot),
            Locale = options.Locale,
            Timestamp = ts is not null && TryTime(ts) is { } time ? time : DateTimeOffset.UtcNow,
            LocalTimestamp = DateTimeOffset.UtcNow,
            TextFormat = TextFormatTypes.Plain,
        };

    /// <summary>The bot's own user id: the app_mention is addressed to it and its own posts must be ignored.</summary>
    private static string? BotUserId(JsonObject envelope) =>
        envelope["authorizations"] is JsonArray { Count: > 0 } auths && auths[0] is JsonObject first && first["is_bot"]?.GetValueKind() == JsonValueKind.True
            ? Str(first, "user_id")
            : null;

    /// <summary>
    /// Slack's message text with our mention removed and its markup read back: "&lt;@U1&gt;" mentions of others and
    /// "&lt;https://x|x&gt;" links as their visible text, and &amp;amp; &amp;lt; &amp;gt; as the characters typed.
    /// </summary>
    public static string ReadableText(string text, string? botUserId)
    {
        var withoutBot = botUserId is null
            ? LeadingMention().Replace(text, "")
            : text.Replace($"<@{botUserId}>", "", StringComparison.Ordinal);
        var readable = SlackMarkup().Replace(withoutBot, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value);
        return readable.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal).Trim();
    }

    private static DateTimeOffset? TryTime(string ts) =>
        decimal.TryParse(ts, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;

    private static string? Str(JsonObject node, string key) =>
        node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<(?<target>[^<>|]+)(\|(?<label>[^<>]*))?>")]
    private static partial Regex SlackMarkup();
}
