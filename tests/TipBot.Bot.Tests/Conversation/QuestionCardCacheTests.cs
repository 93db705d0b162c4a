using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;
using TipBot.Bot.Conversation;
using TipBot.Bot.Hosting;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>A kept answer card is, byte for byte, the card built afresh for that question id, for every host and language.</summary>
public class QuestionCardCacheTests
{
    private static readonly TextCatalog Catalog = TextCatalog.LoadEmbedded();

    private static IEnumerable<TipView> Tips()
    {
        // Search hits carry snippets (Markdown rendered into the card); documents carry summaries instead.
        var questions = File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "eval", "queries.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .Take(40);
        return questions
            .SelectMany(q => Library.Search.Search(new SearchQuery(q) { Top = 3 }).Hits.Select(TipView.From))
            .Concat(Library.Search.Documents.Select(TipView.From))
            .Distinct();
    }

    [Theory]
    [InlineData("nl-NL", false)]
    [InlineData("nl-NL", true)]
    [InlineData("en-US", false)]
    [InlineData("en", true)]
    public void TipCardsFromTheCacheAreTheCardsBuiltForThatQuestion(string locale, bool teams)
    {
        var texts = new LocalTexts(Catalog, locale);
        var cache = new QuestionCardCache();
        var tips = Tips().ToList();
        Assert.True(tips.Count > 30);
        foreach (var tip in tips)
        {
            var key = new QuestionCardCache.Key(nameof(TipCard), tip, texts.Language, teams);
            var first = cache.Get(key, "q-first", id => TipCard.Build(tip, texts, TipCardMode.Answer, id));
            var second = cache.Get(key, "q-second", id => throw new InvalidOperationException("built twice"));

            Assert.Equal(Fresh(TipCard.Build(tip, texts, TipCardMode.Answer, "q-first"), teams), Json(first));
            Assert.Equal(Fresh(TipCard.Build(tip, texts, TipCardMode.Answer, "q-second"), teams), Json(second));
            Assert.Equal(Json(second), JToken.FromObject(second).ToString(Formatting.None));
        }
    }

    [Theory]
    [InlineData("nl", false, null)]
    [InlineData("nl", true, "leidinggevenden")]
    [InlineData("en", false, "managers")]
    public void TheNoAnswerCardFromTheCacheIsTheCardBuiltForThatQuestion(string locale, bool teams, string? audienceLabel)
    {
        var texts = new LocalTexts(Catalog, locale);
        var cache = new QuestionCardCache();
        var key = new QuestionCardCache.Key(nameof(NoAnswerCard), audienceLabel, texts.Language, teams);
        foreach (var id in new[] { "a1", "b2", "c3" })
        {
            var card = cache.Get(key, id, questionId => NoAnswerCard.Build(texts, audienceLabel, questionId));

            Assert.Equal(Fresh(NoAnswerCard.Build(texts, audienceLabel, id), teams), Json(card));
        }
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void EachAnswerGetsItsOwnCopy()
    {
        var texts = new LocalTexts(Catalog, "nl");
        var tip = Tips().First();
        var cache = new QuestionCardCache();
        var key = new QuestionCardCache.Key(nameof(TipCard), tip, texts.Language, Teams: false);
        var first = cache.Get(key, "q-1", id => TipCard.Build(tip, texts, TipCardMode.Answer, id));
        var before = Json(first);

        var second = cache.Get(key, "q-2", id => TipCard.Build(tip, texts, TipCardMode.Answer, id)).ToJObject();
        second["fallbackText"] = "changed by a later turn";
        first.ToJObject()["fallbackText"] = "changed by this turn";

        Assert.Equal(before, Json(first));
        Assert.Contains("q-1", before);
        Assert.DoesNotContain("q-2", before);
    }

    [Fact]
    public void TheCacheStaysWithinItsCapacity()
    {
        var texts = new LocalTexts(Catalog, "nl");
        var cache = new QuestionCardCache(capacity: 4);
        foreach (var tip in Tips().Take(10))
        {
            cache.Get(new QuestionCardCache.Key(nameof(TipCard), tip, texts.Language, Teams: true), "q", id => TipCard.Build(tip, texts, TipCardMode.Answer, id));
            Assert.InRange(cache.Count, 1, 4);
        }
    }

    private static string Fresh(System.Text.Json.Nodes.JsonObject card, bool teams) =>
        Json(NewtonsoftCard.ToJObject(teams ? card : SubmitActions.Replace(card)));

    [Fact]
    public void RepliesWithKeptCardsAreWrittenAsTheSdkWritesTheSameCardsAsJObjects()
    {
        var texts = new LocalTexts(Catalog, "nl");
        var cache = new QuestionCardCache();
        var cards = Tips().Take(12)
            .Select(tip => cache.Get(new QuestionCardCache.Key(nameof(TipCard), tip, texts.Language, Teams: false), "q-9", id => TipCard.Build(tip, texts, TipCardMode.Answer, id)))
            .ToList();
        static ExpectedReplies Replies(IEnumerable<object> contents) => new(
        [
            new Activity(ActivityTypes.Message, id: "2", text: "Dit vond ik:", attachments:
                contents.Select(c => new Attachment(Turn.AdaptiveCardContentType, content: c)).ToList()),
        ]);

        var sdk = JsonConvert.SerializeObject(Replies(cards.Select(c => c.ToJObject())), HttpHelper.BotMessageSerializerSettings);

        Assert.Equal(sdk, JsonConvert.SerializeObject(Replies(cards), HttpHelper.BotMessageSerializerSettings));
        Assert.Equal(sdk, ReplyJson.Serialize(Replies(cards)));
        Assert.Equal(cards[0].ToJObject().ToString(), cards[0].ToString());
    }

    private static string Json(QuestionCard card) => Json(card.ToJObject());

    private static string Json(JObject card) => card.ToString(Formatting.None);
}
