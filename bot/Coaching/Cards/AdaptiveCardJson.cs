using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;

namespace TipBot.Bot.Coaching.Cards;

/// <summary>Small builders for Adaptive Card 1.5 JSON, and the step to a Bot Framework attachment.</summary>
public static class AdaptiveCardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Card(params JsonNode?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
    };

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool wrap = true, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null)
        {
            block["size"] = size;
        }
        if (weight is not null)
        {
            block["weight"] = weight;
        }
        if (subtle)
        {
            block["isSubtle"] = true;
        }
        return block;
    }

    /// <summary>A FactSet of plain text: hosts render Markdown in facts, and the values are what requesters typed.</summary>
    public static JsonObject Facts(IEnumerable<(string Label, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = CardMarkdown.Escape(f.Label),
            ["value"] = CardMarkdown.Escape(f.Value),
        }).ToArray()),
    };

    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }
        return action;
    }

    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }
        return action;
    }

    public static JsonObject WithActions(this JsonObject card, params JsonObject[] actions)
    {
        card["actions"] = new JsonArray(actions.Cast<JsonNode>().ToArray());
        return card;
    }

    /// <summary>The card as an attachment; content as a JObject because the SDK serialises with Newtonsoft.</summary>
    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };
}
