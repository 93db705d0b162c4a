using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Conversation;

public class TipAnswerTests
{
    private const string Question = "hoe ga ik om met boze bellers?";

    [Fact]
    public async Task AQuestionGetsTypingThenThreeTipCards()
    {
        var harness = BotHarness.Create(Library.Search);
        await new TestFlow(harness.Adapter, harness.Bot.OnTurnAsync)
            .Send(new Activity { Type = ActivityTypes.Message, Text = Question, Locale = "nl-NL" })
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a =>
            {
                var reply = (Activity)a;
                Assert.Equal("Dit vond ik voor je:", reply.Text);
                var cards = BotHarness.CardsIn(reply).ToList();
                Assert.Equal(3, cards.Count);
                Assert.All(cards, c => Assert.Equal("1.5", (string?)c["version"]));
                Assert.Equal("Boze beller aan de lijn? Zo haal je de spanning eruit", (string?)cards[0]["body"]![1]!["text"]);
                Assert.Contains(cards[0].Descendants().OfType<JObject>(), o => (string?)o["type"] == "Action.OpenUrl"
                    && (string?)o["url"] == "https://example.org/tips/boze-bellers-de-escalatie" && (string?)o["title"] == "Lees meer");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheCardShowsKindSnippetAsCardMarkdownAndCredit()
    {
        var harness = BotHarness.Create(Library.Search);
        var card = BotHarness.CardsIn((await harness.SayAsync(Question))[1]).First();
        var texts = card["body"]!.Select(b => (string?)b["text"]).ToList();
        Assert.Equal("Tip", texts[0]);
        // The engine marks matched words as **word**; they stay bold, and no raw Markdown heading gets through.
        var snippet = texts[2]!;
        Assert.Contains("**", snippet);
        Assert.DoesNotContain("##", snippet);
        Assert.Contains("Van Dennis Willems, Gemeente Rivierstad", texts);
        foreach (var title in new[] { "Nuttig", "Niet nuttig", "Meer zoals dit", "Vraag een coach" })
        {
            var action = BotHarness.ActionTitled(card, title);
            Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
            Assert.Equal((string?)action["verb"], (string?)action["fallback"]!["data"]!["verb"]);
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/tip")]
    [InlineData("tips/elders.md")]
    [InlineData(null)]
    public void ASourceThatIsNotAnHttpUrlGetsNoReadMoreLink(string? source)
    {
        var tip = new TipView("t", DocumentKind.Tip, "Titel", "Samenvatting", "", null, null, source);
        var card = JObject.Parse(TipCard.Build(tip, new LocalTexts(TextCatalog.LoadEmbedded(), "nl"), TipCardMode.Answer, "q").ToJsonString());
        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "Action.OpenUrl");
    }

    [Fact]
    public async Task EachQuestionIsLoggedWithoutUserIdentity()
    {
        var harness = BotHarness.Create(Library.Search);
        await harness.SayAsync(Question);
        await harness.SayAsync("xylofoon quantum");
        var logged = harness.Insights.Questions.ToList();
        Assert.Equal(2, logged.Count);
        Assert.Equal(Question, logged[0].Text);
        Assert.True(logged[0].Answered);
        Assert.Equal(3, logged[0].TopIds.Count);
        Assert.Equal("boze-bellers-de-escalatie", logged[0].TopIds[0]);
        Assert.False(logged[1].Answered);
        Assert.DoesNotContain("user-1", System.Text.Json.JsonSerializer.Serialize(logged));
    }

    [Fact]
    public async Task NoConfidentAnswerIsSaidHonestlyWithTopicsAndACoach()
    {
        var harness = BotHarness.Create(Library.Search);
        var replies = await harness.SayAsync("xylofoon quantum");
        var card = BotHarness.CardsIn(replies.Last()).Single();
        var text = string.Join("\n", card["body"]!.Select(b => (string?)b["text"]));
        Assert.Contains("Hier heb ik nog geen goede tip voor", text);
        Assert.Contains("andere woorden", text);
        Assert.Equal("topics", (string?)BotHarness.ActionTitled(card, "Onderwerpen")["verb"]);
        Assert.Equal("ask-coach", (string?)BotHarness.ActionTitled(card, "Vraag een coach")["verb"]);
        Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["verb"] == "feedback");
    }

    [Fact]
    public async Task EnglishLocaleGetsEnglishTexts()
    {
        var harness = BotHarness.Create(Library.Search);
        var replies = await harness.SayAsync(Question, locale: "en-US");
        Assert.Equal("Here is what I found for you:", replies[1].Text);
        var card = BotHarness.CardsIn(replies[1]).First();
        Assert.Equal("Useful", (string?)BotHarness.ActionTitled(card, "Useful")["title"]);
        Assert.Equal("Read more", (string?)card["actions"]![0]!["title"]);

        var help = await harness.SayAsync("help", locale: "en-GB");
        Assert.Equal("How TipBot works", (string?)BotHarness.CardsIn(help.Single()).Single()["body"]![0]!["text"]);
    }
}
