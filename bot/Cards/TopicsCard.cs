using System.Text.Json.Nodes;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using static TipBot.Bot.Cards.CardElements;

namespace TipBot.Bot.Cards;

/// <summary>Browse without a question: the four perspectives and the library's most used topics, each a button.</summary>
public static class TopicsCard
{
    /// <summary>Hosts show at most five actions in a row; more rows keep every topic reachable.</summary>
    private const int ButtonsPerRow = 4;

    public static JsonObject Build(LocalTexts texts, IReadOnlyList<TopicCount> tags)
    {
        var body = new List<JsonNode>
        {
            Text(texts["topics.title"], size: "Medium", weight: "Bolder"),
            Text(texts["topics.perspectives"]),
            ActionSet(TopicCatalog.Perspectives.Select(p =>
                Execute(texts["perspective." + p], "browse", new JsonObject { ["perspective"] = p }))),
        };
        if (tags.Count > 0)
        {
            body.Add(Text(texts["topics.tags"], spacing: "Medium"));
            foreach (var row in tags.Chunk(ButtonsPerRow))
            {
                body.Add(ActionSet(row.Select(t =>
                    Execute(TagLabel(t.Tag), "browse", new JsonObject { ["tag"] = t.Tag }))));
            }
        }
        return Card(texts["topics.title"], body, [Execute(texts["button.coach"], "ask-coach")]);
    }

    /// <summary>"boze-inwoners" reads as "boze inwoners" on a button.</summary>
    public static string TagLabel(string tag) => tag.Replace('-', ' ');
}
