using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TipBot.LoadBench.Soak;

/// <summary>The activities the soak sends, and the words of a reply, whatever card or text they are in.</summary>
public static class SoakActivities
{
    /// <summary>A user's message, replies in the response (expectReplies); out-of-band sends go to <paramref name="serviceUrl"/>.</summary>
    public static byte[] Message(string serviceUrl, string conversationId, string userId, string userName, string id, string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "nl-NL",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "soak-bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        });

    /// <summary>A coach pressing "Oppakken" (Action.Execute) on a request card in the coaches' channel.</summary>
    public static byte[] Claim(string serviceUrl, PostedCard card, string coachId, string coachName, string id) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = "nl-NL",
            ["replyToId"] = card.ActivityId,
            ["from"] = new JsonObject { ["id"] = coachId, ["name"] = coachName },
            ["recipient"] = new JsonObject { ["id"] = "soak-bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = card.ConversationId, ["conversationType"] = "channel" },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = "claim",
                    ["data"] = new JsonObject { ["requestId"] = card.RequestId },
                },
                ["trigger"] = "manual",
            },
        });

    /// <summary>Every string in the response (texts, card text blocks, button titles), one per line; null when it is not JSON.</summary>
    public static string? Words(byte[] json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
        var words = new StringBuilder();
        Collect(root, words);
        return words.ToString();
    }

    private static void Collect(JsonNode? node, StringBuilder words)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Collect(value, words);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, words);
                }
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                words.AppendLine(s);
                break;
        }
    }
}
