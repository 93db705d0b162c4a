using System.Text.Json.Nodes;

namespace TipBot.Bot.Cards;

/// <summary>
/// For hosts without Teams' universal actions: each Action.Execute becomes its own Action.Submit fallback. Web Chat
/// 4.18, for one, renders Action.Execute (so a card's fallback never applies) but does nothing when it is pressed.
/// </summary>
public static class SubmitActions
{
    public static JsonObject Replace(JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        ReplaceIn(copy);
        return copy;
    }

    private static void ReplaceIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (IsExecute(value) && value!["fallback"] is JsonObject fallback)
                    {
                        obj[key] = fallback.DeepClone();
                    }
                    else
                    {
                        ReplaceIn(value);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (IsExecute(array[i]) && array[i]!["fallback"] is JsonObject fallback)
                    {
                        array[i] = fallback.DeepClone();
                    }
                    else
                    {
                        ReplaceIn(array[i]);
                    }
                }
                break;
        }
    }

    private static bool IsExecute(JsonNode? node) =>
        node is JsonObject obj && obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "Action.Execute";
}
