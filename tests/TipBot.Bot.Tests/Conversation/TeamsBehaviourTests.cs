using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Tests.Conversation;

public class TeamsBehaviourTests
{
    private static Activity Mentioning(string text, string mentionedId) => new()
    {
        Type = ActivityTypes.Message,
        Locale = "nl-NL",
        Text = $"<at>TipBot</at> {text}",
        Entities =
        [
            new Entity("mention")
            {
                Properties = JObject.FromObject(new { mentioned = new { id = mentionedId, name = "TipBot" }, text = "<at>TipBot</at>" }),
            },
        ],
    };

    [Fact]
    public async Task InAChannelTheMentionIsStrippedAndTheReplyGoesToTheThread()
    {
        const string thread = "19:abc@thread.tacv2;messageid=1700000000000";
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation(thread, "channel", isGroup: true));
        var replies = await harness.SendAsync(Mentioning("hoe ga ik om met boze bellers?", "bot-1"));

        Assert.Equal("hoe ga ik om met boze bellers?", harness.Insights.Questions.Single().Text);
        var answer = replies.Single(a => a.Type == ActivityTypes.Message);
        Assert.Equal(3, BotHarness.CardsIn(answer).Count());
        Assert.Equal(thread, answer.Conversation.Id);
        Assert.False(string.IsNullOrEmpty(answer.ReplyToId));
    }

    [Fact]
    public async Task InAGroupChatMessagesWithoutTheBotsMentionAreIgnored()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("19:group@thread.v2", "groupChat", isGroup: true));
        Assert.Empty(await harness.SayAsync("hoe ga ik om met boze bellers?"));
        Assert.Empty(await harness.SendAsync(Mentioning("hoe ga ik om met boze bellers?", "someone-else")));
        Assert.Empty(harness.Insights.Questions);
    }

    [Fact]
    public async Task ABareMentionGetsHelp()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("19:group@thread.v2", "groupChat", isGroup: true));
        var replies = await harness.SendAsync(Mentioning("", "bot-1"));
        Assert.Equal("Zo werkt TipBot", (string?)BotHarness.CardsIn(replies.Single()).Single()["body"]![0]!["text"]);
    }

    [Fact]
    public async Task APersonalChatNeedsNoMention()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("a:personal", "personal"));
        var replies = await harness.SendAsync(Mentioning("help", "bot-1"));
        Assert.Single(replies);
        Assert.Single(await harness.SayAsync("help"));
    }

    [Fact]
    public async Task TheWelcomeCardIsSentOncePerUser()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("a:personal", "personal"));
        var install = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Locale = "nl-NL",
            MembersAdded = [new ChannelAccount("bot-1", "TipBot")],
        };
        await new TestFlow(harness.Adapter, harness.Bot.OnTurnAsync)
            .Send(install)
            .AssertReply(a => Assert.Equal("Hoi, ik ben TipBot!", (string?)BotHarness.CardsIn((Activity)a).Single()["body"]![0]!["text"]))
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("user-1", "Ada")] })
            .Send(new Activity { Type = ActivityTypes.Message, Text = "help", Locale = "nl-NL" })
            .AssertReply(a => Assert.Equal("Zo werkt TipBot", (string?)BotHarness.CardsIn((Activity)a).Single()["body"]![0]!["text"]))
            .StartTestAsync();

        // Another user in their own chat is welcomed too.
        harness.Adapter.Conversation.User = new ChannelAccount("user-2", "Bo");
        Assert.Single(await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1")] }));
    }

    [Fact]
    public async Task AnUpdateWithoutAUserIsWelcomedOncePerConversation()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("dl-1"));
        harness.Adapter.Conversation.User = null;
        var update = () => new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1")] };
        Assert.Single(await harness.SendAsync(update()));
        Assert.Empty(await harness.SendAsync(update()));
    }

    [Fact]
    public async Task ATeamIsWelcomedOnceWhenTheBotIsAddedNotForEveryNewMember()
    {
        var harness = BotHarness.Create(Library.Search, BotHarness.Conversation("19:team@thread.tacv2", "channel", isGroup: true));
        Assert.Single(await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1")] }));
        Assert.Empty(await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("user-9")] }));
        Assert.Empty(await harness.SendAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot-1")] }));
    }

    [Fact]
    public async Task AnUnknownInvokeIsNotImplemented()
    {
        var harness = BotHarness.Create(Library.Search);
        var replies = await harness.SendAsync(new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/unknownThing" });
        Assert.Equal(501, BotHarness.InvokeResponseIn(replies).Status);
    }
}
