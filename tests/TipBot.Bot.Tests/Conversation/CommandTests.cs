using Newtonsoft.Json.Linq;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Conversation;

public class CommandTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("Hulp!")]
    [InlineData("?")]
    public async Task HelpShowsTheHelpCard(string text)
    {
        var harness = BotHarness.Create(Library.Search);
        var card = BotHarness.CardsIn((await harness.SayAsync(text)).Single()).Single();
        Assert.Equal("Zo werkt TipBot", (string?)card["body"]![0]!["text"]);
        Assert.Empty(harness.Insights.Questions);
    }

    [Theory]
    [InlineData("onderwerpen")]
    [InlineData("topics")]
    public async Task TopicsListsTheFourPerspectivesAndTheLibrarysTags(string text)
    {
        var harness = BotHarness.Create(Library.Search);
        var card = BotHarness.CardsIn((await harness.SayAsync(text)).Single()).Single();
        var browse = card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "browse").ToList();
        Assert.Equal(
            ["burgers-en-bedrijven", "buurten", "belanghebbenden", "bestuur-en-organisatie"],
            browse.Select(b => (string?)b["data"]!["perspective"]).OfType<string>());
        var tags = browse.Select(b => (string?)b["data"]!["tag"]).OfType<string>().ToList();
        Assert.InRange(tags.Count, 5, 12);
        var uses = Library.Search.Documents.Where(d => d.Kind != DocumentKind.Coach).SelectMany(d => d.Tags)
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(uses.Values.Max(), uses[tags[0]]); // the most used topic first
        Assert.Equal(tags.Select(t => uses[t]).OrderByDescending(c => c), tags.Select(t => uses[t]));
    }

    [Fact]
    public async Task ABrowseButtonShowsTipsOfThatPerspective()
    {
        var harness = BotHarness.Create(Library.Search);
        var topics = BotHarness.CardsIn((await harness.SayAsync("onderwerpen")).Single()).Single();
        var buurten = BotHarness.ActionTitled(topics, "Buurten");
        var replies = await harness.ExecuteAsync(buurten);
        var message = replies.Single(a => a.Type == "message");
        Assert.StartsWith("Over Buurten", message.Text);
        var cards = BotHarness.CardsIn(message).ToList();
        Assert.Equal(3, cards.Count);
        Assert.All(cards, c => Assert.Contains("buurten", Library.Search.Get(Library.TipIdOf(c)!)!.Perspectives));
    }

    [Fact]
    public async Task AnAudienceFilterIsRememberedAndCleared()
    {
        var harness = BotHarness.Create(Library.Search);
        var set = await harness.SayAsync("voor leidinggevenden");
        Assert.Contains("leidinggevenden", set.Single().Text);

        var answer = await harness.SayAsync("hoe ga ik om met boze bellers");
        Assert.Equal("Dit vond ik voor je, voor leidinggevenden:", answer[1].Text);
        var filtered = BotHarness.CardsIn(answer[1]).ToList();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, c => Assert.Contains("leidinggevende", Library.Search.Get(Library.TipIdOf(c)!)!.Audience));

        var english = await harness.SayAsync("all tips", locale: "en-US");
        Assert.Equal("Fine, you'll see all tips again.", english.Single().Text);
        var unfiltered = await harness.SayAsync("hoe ga ik om met boze bellers");
        Assert.Equal("Dit vond ik voor je:", unfiltered[1].Text);
        Assert.Equal(3, BotHarness.CardsIn(unfiltered[1]).Count());
    }

    [Fact]
    public async Task AFilterInsideAQuestionFiltersThatQuestionOnly()
    {
        var harness = BotHarness.Create(Library.Search);
        var answer = await harness.SayAsync("boze bellers for managers", locale: "en");
        Assert.Equal("Here is what I found for you, for managers:", answer[1].Text);
        Assert.Equal("boze bellers", harness.Insights.Questions.Single().Text);
        Assert.Equal("Dit vond ik voor je:", (await harness.SayAsync("boze bellers"))[1].Text);
    }

    [Theory]
    [InlineData("coach")]
    [InlineData("ik wil een coach")]
    public async Task AskingForACoachWithoutAnIntakeExplainsHowToGetOne(string text)
    {
        var harness = BotHarness.Create(Library.Search);
        var reply = (await harness.SayAsync(text)).Single();
        Assert.Contains("De coaches helpen je graag", reply.Text);
    }
}
