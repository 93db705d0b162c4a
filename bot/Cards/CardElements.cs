using System.Text.Json.Nodes;

namespace TipBot.Bot.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON, so each card file reads like its layout.</summary>
public static class CardElements
{
    public const string Version = "1.5";

    /// <summary>The key in every action's data that names the handler, for Action.Execute and Action.Submit alike.</summary>
    public const string VerbKey = "verb";

    public static JsonObject Card(string fallbackText, IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            // Clients that cannot render cards show this text instead.
            ["fallbackText"] = fallbackText,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray(body.ToArray()),
        };
        var actionArray = actions?.ToArray() ?? [];
        if (actionArray.Length > 0)
        {
            card["actions"] = new JsonArray(actionArray);
        }
        return card;
    }

    /// <summary>A TextBlock; <paramref name="markdown"/> must already be rendered or escaped by <see cref="CardMarkdown"/>.</summary>
    public static JsonObject Text(
        string markdown,
        string? weight = null,
        string? size = null,
        bool subtle = false,
        string? color = null,
        string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }
        if (size is not null)
        {
            block["size"] = size;
        }
        if (subtle)
        {
            block["isSubtle"] = true;
        }
        if (color is not null)
        {
            block["color"] = color;
        }
        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }
        return block;
    }

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions.ToArray()) };

    /// <summary>
    /// Action.Execute (Teams' universal actions, answered by an adaptiveCard/action invoke) with an Action.Submit
    /// fallback for hosts before card version 1.4. Both carry the verb in their data, so the fallback's message
    /// is routed exactly like the invoke.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var payload = data ?? new JsonObject();
        payload[VerbKey] = verb;
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload.DeepClone() };
        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = payload,
            ["fallback"] = submit,
        };
        if (style is not null)
        {
            execute["style"] = style;
            submit["style"] = style;
        }
        return execute;
    }

    public static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
}
