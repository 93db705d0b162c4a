using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Every card the bot can send, checked by Microsoft's adaptivecards library (tests/peers/validate-card.js).</summary>
public class CardValidationTests
{
    [Fact]
    public async Task EveryCardTheBotSendsPassesTheAdaptiveCardsLibrary()
    {
        var harness = BotHarness.Create(Library.Search);
        foreach (var locale in new[] { "nl-NL", "en-US" })
        {
            harness.Adapter.Conversation.User = new ChannelAccount("user-" + locale, "Ada");
            await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale, MembersAdded = [new ChannelAccount("bot-1")] });
            await harness.SayAsync("help", locale);
            var topics = BotHarness.CardsIn((await harness.SayAsync("onderwerpen", locale)).Single()).Single();
            foreach (var browse in topics.Descendants().OfType<JObject>().Where(o => (string?)o["verb"] == "browse"))
            {
                await harness.ExecuteAsync(browse, locale);
            }
            var answer = BotHarness.CardsIn((await harness.SayAsync("hoe ga ik om met boze bellers?", locale))[1]).ToList();
            await harness.SayAsync("xylofoon quantum", locale);
            await harness.SayAsync("voor leidinggevenden", locale);
            await harness.SayAsync("xylofoon quantum", locale);
            await harness.ExecuteAsync(BotHarness.ActionTitled(answer[0], locale == "nl-NL" ? "Meer zoals dit" : "More like this"), locale);
            var feedback = await harness.ExecuteAsync(BotHarness.ActionTitled(answer[0], locale == "nl-NL" ? "Nuttig" : "Useful"), locale);
            harness.CardsSeen.Add(BotHarness.InvokeJson(feedback)["body"]!["value"]!.ToJsonString());
        }
        var texts = new LocalTexts(TextCatalog.LoadEmbedded(), "nl");
        harness.CardsSeen.AddRange(harness.Services.GetService(typeof(TipBot.Indexer.Search.ITipSearch)) is TipBot.Indexer.Search.ITipSearch search
            ? search.Documents.Select(d => TipCard.Build(TipView.From(d), texts, TipCardMode.Inserted).ToJsonString())
            : []);

        Assert.True(harness.CardsSeen.Count >= 30, $"only {harness.CardsSeen.Count} cards were produced");
        var result = AdaptiveCardValidator.Validate(harness.CardsSeen);
        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void TheValidatorReportsABrokenCard()
    {
        var broken = """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"},{"type":"TextBlock","text":"y","size":"enormous"}],
             "actions":[{"type":"Action.OpenUrl","title":"Lees meer"}]}
            """;
        var valid = TipCard.Build(
            new TipView("t", DocumentKind.Tip, "Titel", "Samenvatting", "", null, null, "https://example.org"),
            new LocalTexts(TextCatalog.LoadEmbedded(), "nl"),
            TipCardMode.Answer,
            "q1").ToJsonString();

        var result = AdaptiveCardValidator.Validate([valid, broken]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("card 1: Unknown element type \"TextBlok\"", result.Output);
        Assert.Contains("Invalid value \"enormous\"", result.Output);
        Assert.Contains("\"url\" must be set", result.Output);
        Assert.DoesNotContain("card 0", result.Output);
    }

    [Fact]
    public void ACardVersionNewerThanTheLibraryKnowsIsReported()
    {
        var result = AdaptiveCardValidator.Validate(["""{"type":"AdaptiveCard","version":"1.9","body":[]}"""]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("version", result.Output);
    }
}
