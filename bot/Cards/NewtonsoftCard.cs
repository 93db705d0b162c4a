using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Cards;

/// <summary>Our cards (System.Text.Json nodes) as the Newtonsoft tokens the SDK serialises, node by node rather than through a JSON string.</summary>
public static class NewtonsoftCard
{
    public static JObject ToJObject(JsonObject card) => (JObject)ToToken(card);

    private static JToken ToToken(JsonNode? node) => node switch
    {
        null => JValue.CreateNull(),
        JsonObject obj => Object(obj),
        JsonArray array => Array(array),
        JsonValue value => Value(value),
        _ => JToken.Parse(node.ToJsonString()),
    };

    private static JObject Object(JsonObject obj)
    {
        var result = new JObject();
        foreach (var (key, value) in obj)
        {
            result.Add(key, ToToken(value));
        }
        return result;
    }

    private static JArray Array(JsonArray array)
    {
        var result = new JArray();
        foreach (var item in array)
        {
            result.Add(ToToken(item));
        }
        return result;
    }

    private static JToken Value(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String when value.TryGetValue<string>(out var text) => new JValue(text),
        JsonValueKind.True => new JValue(true),
        JsonValueKind.False => new JValue(false),
        JsonValueKind.Null => JValue.CreateNull(),
        // Numbers (and anything unusual) exactly as a JSON parser reads their text: integer or float.
        _ => JToken.Parse(value.ToJsonString()),
    };
}
