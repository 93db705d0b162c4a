using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Tests.Conversation;

public class CommandTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("Hulp!")]
    [InlineData("?")]
    public async Task HelpShowsTheHelpCard(string text)
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var card = BotHarness.CardsIn((await harness.SayAsync(text)).Single()).Single();
        Assert.Equal("Zo werkt TipBot", (string?)card["body"]![0]!["text"]);
        Assert.Empty(harness.Insights.Questions);
    }

    [Theory]
    [InlineData("onderwerpen")]
    [InlineData("topics")]
    public async Task TopicsListsTheFourPerspectivesAndTheLibrarysTags(string text)
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var card = BotHarness.CardsIn((await harness.SayAsync(text)).Single()).Single();
        var browse = card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "browse").ToList();
        Assert.Equal(
            ["burgers-en-bedrijven", "buurten", "belanghebbenden", "bestuur-en-organisatie"],
            browse.Select(b => (string?)b["data"]!["perspective"]).OfType<string>());
        var tags = browse.Select(b => (string?)b["data"]!["tag"]).OfType<string>().ToList();
        Assert.Equal("boze-inwoners", tags[0]); // the most used tag first
        Assert.Contains("participatie", tags);
        Assert.DoesNotContain("boze inwoners", tags);
    }

    [Fact]
    public async Task ABrowseButtonShowsTipsOfThatPerspective()
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var topics = BotHarness.CardsIn((await harness.SayAsync("onderwerpen")).Single()).Single();
        var buurten = BotHarness.ActionTitled(topics, "Buurten");
        var replies = await harness.ExecuteAsync(buurten);
        var message = replies.Single(a => a.Type == "message");
        Assert.StartsWith("Over Buurten", message.Text);
        Assert.Equal("Investeer in de relatie met de buurt", (string?)BotHarness.CardsIn(message).Single()["body"]![1]!["text"]);
    }

    [Fact]
    public async Task AnAudienceFilterIsRememberedAndCleared()
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var set = await harness.SayAsync("voor leidinggevenden");
        Assert.Contains("leidinggevenden", set.Single().Text);

        var answer = await harness.SayAsync("hoe ga ik om met boze bellers");
        Assert.Equal("Dit vond ik voor je, voor leidinggevenden:", answer[1].Text);
        Assert.Single(BotHarness.CardsIn(answer[1])); // only the one tip for leidinggevenden

        var english = await harness.SayAsync("all tips", locale: "en-US");
        Assert.Equal("Fine, you'll see all tips again.", english.Single().Text);
        Assert.Equal(3, BotHarness.CardsIn((await harness.SayAsync("hoe ga ik om met boze bellers"))[1]).Count());
    }

    [Fact]
    public async Task AFilterInsideAQuestionFiltersThatQuestionOnly()
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var answer = await harness.SayAsync("boze bellers for managers", locale: "en");
        Assert.Equal("Here is what I found for you, for managers:", answer[1].Text);
        Assert.Equal("boze bellers", harness.Insights.Questions.Single().Text);
        Assert.Equal(3, BotHarness.CardsIn((await harness.SayAsync("boze bellers beller"))[1]).Count());
    }

    [Theory]
    [InlineData("coach")]
    [InlineData("ik wil een coach")]
    public async Task AskingForACoachWithoutAnIntakeExplainsHowToGetOne(string text)
    {
        var harness = BotHarness.Create(WordMatchTipSearch.Sample());
        var reply = (await harness.SayAsync(text)).Single();
        Assert.Contains("De coaches helpen je graag", reply.Text);
    }
}
