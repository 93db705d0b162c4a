using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Request bodies shaped like Slack's own (api.slack.com samples of event_callback, slash commands and block_actions).</summary>
internal static class SlackPayloads
{
    public static string AppMention(string eventId, string channel, string ts, string text, string user = "U0USER1", string? threadTs = null)
    {
        var e = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            e["thread_ts"] = threadTs;
        }
        return Envelope(eventId, e);
    }

    public static string DirectMessage(string eventId, string channel, string ts, string text, string user = "U0USER1", string? botId = null)
    {
        var e = new JsonObject
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        };
        if (botId is not null)
        {
            e["bot_id"] = botId;
        }
        return Envelope(eventId, e);
    }

    public static string Envelope(string eventId, JsonObject e) =>
        new JsonObject
        {
            ["token"] = "legacy-verification-token",
            ["team_id"] = "T0TEAM",
            ["api_app_id"] = "A0APP",
            ["event"] = e,
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1700000000,
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null,
                ["team_id"] = "T0TEAM",
                ["user_id"] = SlackTestHost.BotUserId,
                ["is_bot"] = true,
                ["is_enterprise_install"] = false,
            }),
            ["is_ext_shared_channel"] = false,
        }.ToJsonString();

    public const string CommandResponseUrl = "https://hooks.slack.com/commands/T0TEAM/1/abc";

    public static string Command(string command, string text, string channel = "D0DM1", string user = "U0USER1") =>
        Form(
            ("token", "legacy-verification-token"),
            ("team_id", "T0TEAM"),
            ("team_domain", "gemeente"),
            ("channel_id", channel),
            ("channel_name", "directmessage"),
            ("user_id", user),
            ("user_name", "ada"),
            ("command", command),
            ("text", text),
            ("api_app_id", "A0APP"),
            ("response_url", CommandResponseUrl),
            ("trigger_id", "1.2.3"));

    /// <summary>
    /// A click on <paramref name="button"/> (an element of a message the bot posted) as Slack sends it. With
    /// <paramref name="posted"/> (the chat.postMessage body) the payload's message carries its blocks, with block ids
    /// where Slack would give them, as Slack does.
    /// </summary>
    public static string BlockAction(JsonObject button, string channel, string messageTs, string? threadTs = null, string user = "U0USER1", JsonObject? posted = null)
    {
        var message = new JsonObject { ["type"] = "message", ["user"] = SlackTestHost.BotUserId, ["ts"] = messageTs, ["text"] = (string?)posted?["text"] ?? "..." };
        var blockId = "b1";
        if (posted?["blocks"] is JsonArray postedBlocks)
        {
            var blocks = postedBlocks.DeepClone().AsArray();
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i]!.AsObject();
                block["block_id"] ??= $"slk{i}";
                if (block["elements"] is JsonArray elements && elements.Any(e => (string?)e?["action_id"] == (string?)button["action_id"] && (string?)e?["value"] == (string?)button["value"]))
                {
                    blockId = (string)block["block_id"]!;
                }
            }
            message["blocks"] = blocks;
        }
        var container = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false };
        if (threadTs is not null)
        {
            message["thread_ts"] = threadTs;
            container["thread_ts"] = threadTs;
        }
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "ada", ["team_id"] = "T0TEAM" },
            ["api_app_id"] = "A0APP",
            ["token"] = "legacy-verification-token",
            ["container"] = container,
            ["trigger_id"] = "1.2.3",
            ["team"] = new JsonObject { ["id"] = "T0TEAM", ["domain"] = "gemeente" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "directmessage" },
            ["message"] = message,
            ["response_url"] = "https://hooks.slack.com/actions/T0TEAM/1/abc",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = button["action_id"]!.DeepClone(),
                ["block_id"] = blockId,
                ["text"] = button["text"]!.DeepClone(),
                ["value"] = button["value"]?.DeepClone(),
                ["type"] = "button",
                ["action_ts"] = "1700000100.000200",
            }),
        };
        return Form(("payload", payload.ToJsonString()));
    }

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)));

    /// <summary>Every button in a posted message's blocks.</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject post) =>
        (post["blocks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    public static JsonObject Button(JsonObject post, string label) =>
        Buttons(post).First(b => (string?)b["text"]!["text"] == label);
}
