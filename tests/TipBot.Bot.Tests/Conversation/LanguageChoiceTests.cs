namespace TipBot.Bot.Tests.Conversation;

/// <summary>"English" / "Nederlands" overrule the channel's locale for that user, on later turns and on buttons too.</summary>
public class LanguageChoiceTests
{
    [Theory]
    [InlineData("English")]
    [InlineData("in het Engels")]
    [InlineData("english please!")]
    public async Task ADutchLocaleUserWhoAsksForEnglishGetsEnglishFromThenOn(string text)
    {
        var harness = BotHarness.Create(Library.Search);
        var set = await harness.SayAsync(text, locale: "nl-NL");
        Assert.StartsWith("Fine, from now on I'll talk English with you.", set.Single().Text);

        var help = BotHarness.CardsIn((await harness.SayAsync("help", locale: "nl-NL")).Single()).Single();
        Assert.Equal("How TipBot works", (string?)help["body"]![0]!["text"]);

        var answer = await harness.SayAsync("hoe ga ik om met boze bellers", locale: "nl-NL");
        Assert.Equal("Here is what I found for you:", answer[1].Text);

        // A card button (an invoke) follows the choice as well.
        var topics = BotHarness.CardsIn((await harness.SayAsync("topics", locale: "nl-NL")).Single()).Single();
        var replies = await harness.ExecuteAsync(BotHarness.ActionTitled(topics, "Neighbourhoods"), locale: "nl-NL");
        Assert.StartsWith("About Neighbourhoods", replies.Single(a => a.Type == "message").Text);
    }

    [Fact]
    public async Task AnEnglishLocaleUserWhoAsksForDutchGetsDutchUntilSwitchingBack()
    {
        var harness = BotHarness.Create(Library.Search);
        var set = await harness.SayAsync("Nederlands", locale: "en-US");
        Assert.StartsWith("Prima, vanaf nu praat ik Nederlands met je.", set.Single().Text);
        var answer = await harness.SayAsync("hoe ga ik om met boze bellers", locale: "en-US");
        Assert.Equal("Dit vond ik voor je:", answer[1].Text);

        await harness.SayAsync("English", locale: "en-US");
        var again = await harness.SayAsync("hoe ga ik om met boze bellers", locale: "en-US");
        Assert.Equal("Here is what I found for you:", again[1].Text);
    }

    [Fact]
    public async Task WithoutAChoiceTheLocaleDecidesAndAQuestionAboutEnglishIsStillAQuestion()
    {
        var harness = BotHarness.Create(Library.Search);
        var english = await harness.SayAsync("hoe ga ik om met boze bellers", locale: "en-GB");
        Assert.Equal("Here is what I found for you:", english[1].Text);
        var dutch = await harness.SayAsync("hoe ga ik om met boze bellers", locale: "nl-NL");
        Assert.Equal("Dit vond ik voor je:", dutch[1].Text);

        await harness.SayAsync("brieven in het engels schrijven", locale: "nl-NL");
        Assert.Equal("brieven in het engels schrijven", harness.Insights.Questions.Last().Text);
    }
}
