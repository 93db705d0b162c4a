using System.Text.Json.Nodes;
using TipBot.Bot.Texts;
using static TipBot.Bot.Cards.CardElements;

namespace TipBot.Bot.Cards;

/// <summary>The honest reply when the library has no tip that fits: how to rephrase, topics to browse, a coach.</summary>
public static class NoAnswerCard
{
    public static JsonObject Build(LocalTexts texts, string? audienceLabel, string? questionId)
    {
        var body = new List<JsonNode>
        {
            Text(texts["tips.none.title"], size: "Medium", weight: "Bolder"),
            Text(texts["tips.none.text"]),
        };
        if (audienceLabel is not null)
        {
            body.Add(Text(texts.Get("tips.none.filtered", CardMarkdown.Escape(audienceLabel))));
        }
        body.Add(Text(texts["tips.none.more"]));
        var coachData = questionId is null ? null : new JsonObject { ["questionId"] = questionId };
        return Card(
            texts["tips.none.title"],
            body,
            [
                Execute(texts["button.topics"], "topics"),
                Execute(texts["button.coach"], "ask-coach", coachData),
            ]);
    }
}
