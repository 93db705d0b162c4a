using System.Text.Json.Nodes;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using static TipBot.Bot.Cards.CardElements;

namespace TipBot.Bot.Cards;

/// <summary>How a tip card is used: as an answer in the chat, after feedback, or dropped into a chat by the search extension.</summary>
public enum TipCardMode
{
    /// <summary>An answer to a question: feedback, "more like this" and "ask a coach".</summary>
    Answer,

    /// <summary>The answer after "Nuttig"/"Niet nuttig": the feedback buttons make way for a thank-you.</summary>
    Thanked,

    /// <summary>Inserted into any chat by the message extension: only the link, no buttons that need the bot.</summary>
    Inserted,
}

/// <summary>One tip, case or workshop as an Adaptive Card: kind, title, the fitting snippet, credit and actions.</summary>
public static class TipCard
{
    public static JsonObject Build(TipView tip, LocalTexts texts, TipCardMode mode, string? questionId = null)
    {
        var snippet = tip.Snippet.Length > 0 ? tip.Snippet : tip.Summary;
        var body = new List<JsonNode>
        {
            Text(CardMarkdown.Escape(texts[KindKey(tip)]), size: "Small", weight: "Bolder", color: "Accent"),
            Text(CardMarkdown.Escape(tip.Title), size: "Medium", weight: "Bolder", spacing: "Small"),
            Text(CardMarkdown.Render(snippet)),
        };
        if (Credit(tip) is { } credit)
        {
            body.Add(Text(CardMarkdown.Escape(texts.Get("tips.credit", credit)), size: "Small", subtle: true));
        }

        var ids = new JsonObject { ["tipId"] = tip.Id };
        if (questionId is not null)
        {
            ids["questionId"] = questionId;
        }

        if (mode == TipCardMode.Answer && questionId is not null)
        {
            body.Add(Text(CardMarkdown.Escape(texts["tips.feedbackQuestion"]), size: "Small", spacing: "Medium"));
            body.Add(ActionSet(
            [
                Execute(texts["tips.useful"], "feedback", With(ids, "useful", true), style: "positive"),
                Execute(texts["tips.notUseful"], "feedback", With(ids, "useful", false)),
            ]));
        }
        else if (mode == TipCardMode.Thanked)
        {
            body.Add(Text(CardMarkdown.Escape(texts["tips.thanks"]), color: "Good", spacing: "Medium"));
        }

        var actions = new List<JsonNode>();
        if (tip.SourceLink is { } link)
        {
            actions.Add(OpenUrl(texts["tips.readMore"], link));
        }
        if (mode != TipCardMode.Inserted)
        {
            actions.Add(Execute(texts["tips.moreLikeThis"], "more-like-this", (JsonObject)ids.DeepClone()));
            actions.Add(Execute(texts["tips.askCoach"], "ask-coach", (JsonObject)ids.DeepClone()));
        }

        return Card($"{texts[KindKey(tip)]}: {tip.Title}", body, actions);
    }

    private static string KindKey(TipView tip) => "kind." + tip.Kind.ToString().ToLowerInvariant();

    private static string? Credit(TipView tip)
    {
        var parts = new[] { tip.Author, tip.Organisation }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static JsonObject With(JsonObject data, string key, bool value)
    {
        var copy = (JsonObject)data.DeepClone();
        copy[key] = value;
        return copy;
    }
}
