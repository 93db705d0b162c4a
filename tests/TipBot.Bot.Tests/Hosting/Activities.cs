using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Hosting;

/// <summary>Activities as a channel sends them, built as raw JSON so the tests do not depend on the SDK's serializer.</summary>
public static class Activities
{
    public const string ServiceUrl = "https://channel.example.test/amer/";

    public static JsonObject Message(string text, string conversationId = "a:conv;1@thread", string id = "act-1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Anna", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "TipBot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["locale"] = "nl-NL",
        ["text"] = text,
    };

    public static StringContent Json(JsonNode activity) => Json(activity.ToJsonString());

    public static StringContent Json(string raw) => new(raw, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
