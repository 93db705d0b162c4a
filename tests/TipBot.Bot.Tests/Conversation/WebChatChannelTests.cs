using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Outside Teams (Web Chat over Direct Line) buttons are Action.Submit: Web Chat does nothing with Action.Execute.</summary>
public class WebChatChannelTests
{
    private static JObject Submit(JObject card, string title) =>
        card.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.Submit" && (string?)o["title"] == title);

    [Fact]
    public async Task CardsCarryActionSubmitWithTheVerbAndTheButtonsWork()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("dl-conv", channelId: Channels.Directline));
        var replies = await harness.SayAsync("hoe ga ik om met boze bellers?");
        var cards = BotHarness.CardsIn(replies[1]).ToList();
        Assert.Equal(3, cards.Count);
        Assert.All(cards, c => Assert.DoesNotContain("Action.Execute", c.ToString()));

        var useful = Submit(cards[0], "Nuttig");
        Assert.Equal("feedback", (string?)useful["data"]!["verb"]);
        var thanks = await harness.SendAsync(new Activity { Type = ActivityTypes.Message, Locale = "nl-NL", Value = useful["data"]!.DeepClone() });
        Assert.StartsWith("Dank je wel", thanks.Single().Text);
        Assert.True(Assert.Single(harness.Insights.Feedback).Useful);

        var more = await harness.SendAsync(new Activity { Type = ActivityTypes.Message, Locale = "nl-NL", Value = Submit(cards[0], "Meer zoals dit")["data"]!.DeepClone() });
        Assert.NotEmpty(BotHarness.CardsIn(more.Single(a => a.Type == ActivityTypes.Message)));

        var welcome = await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1")] });
        var topics = await harness.SendAsync(new Activity { Type = ActivityTypes.Message, Locale = "nl-NL", Value = Submit(BotHarness.CardsIn(welcome.Single()).Single(), "Onderwerpen")["data"]!.DeepClone() });
        Assert.Equal("Onderwerpen", (string?)BotHarness.CardsIn(topics.Single()).Single()["body"]![0]!["text"]);

        var validation = AdaptiveCardValidator.Validate(harness.CardsSeen);
        Assert.True(validation.ExitCode == 0, validation.Output);
    }
}
