using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Cards handed to the SDK node by node must serialise exactly as the JSON-string round trip they replace.</summary>
public class NewtonsoftCardTests
{
    [Fact]
    public void EveryTipCardConvertsToTheSameJsonAsParsingItsText()
    {
        var texts = new LocalTexts(TextCatalog.LoadEmbedded(), "nl");
        var cards = Library.Search.Documents
            .SelectMany(d => new[] { TipCardMode.Answer, TipCardMode.Thanked, TipCardMode.Inserted }
                .Select(mode => TipCard.Build(TipView.From(d), texts, mode, "q-1")))
            .Select(SubmitActions.Replace)
            .ToList();
        Assert.True(cards.Count > 30);
        foreach (var card in cards)
        {
            AssertSameAsParsed(card);
        }
    }

    [Fact]
    public void NumbersNullsAndNestingSurviveTheConversion()
    {
        var card = new JsonObject
        {
            ["int"] = 3,
            ["long"] = 1L << 40,
            ["double"] = 1.5,
            ["whole double"] = 2.0,
            ["bool"] = false,
            ["null"] = null,
            ["text"] = "\"quoted\" \u00e9 **bold**",
            ["date-like"] = "2026-11-25T10:00:00Z",
            ["list"] = new JsonArray(1, "two", new JsonObject { ["three"] = true }, null),
        };
        AssertSameAsParsed(card);
    }

    private static void AssertSameAsParsed(JsonObject card)
    {
        // Date-like strings stay strings (the old parse would have made them dates; no card of ours has one).
        var settings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };
        var expected = JsonConvert.DeserializeObject<JObject>(card.ToJsonString(), settings)!;
        var actual = NewtonsoftCard.ToJObject(card);
        Assert.Equal(expected.ToString(Formatting.None), actual.ToString(Formatting.None));
    }
}
