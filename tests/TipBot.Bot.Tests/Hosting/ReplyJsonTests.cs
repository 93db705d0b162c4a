using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using TipBot.Bot.Cards;
using TipBot.Bot.Hosting;
using TipBot.Bot.Texts;
using TipBot.Bot.Tips;
using TipBot.Bot.Tests.Conversation;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Hosting;

/// <summary>Response bodies written by <see cref="ReplyJson"/> are the very text the SDK's serializer settings write.</summary>
public class ReplyJsonTests
{
    [Fact]
    public void ExpectedRepliesWithEveryTipCardAreWrittenAsTheSdkWritesThem()
    {
        var texts = new LocalTexts(TextCatalog.LoadEmbedded(), "nl");
        var cards = Library.Search.Documents
            .Select(d => NewtonsoftCard.ToJObject(SubmitActions.Replace(TipCard.Build(TipView.From(d), texts, TipCardMode.Answer, "q-1"))))
            .ToList();
        Assert.True(cards.Count > 10);
        var replies = new ExpectedReplies(
        [
            new Activity(ActivityTypes.Typing, id: "1", timestamp: new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.FromHours(1))),
            new Activity(ActivityTypes.Message, id: "2", text: "Dit vond ik:", locale: "nl-NL",
                attachments: cards.Select(c => new Attachment("application/vnd.microsoft.card.adaptive", content: c)).ToList(),
                channelData: new JObject { ["tipbot"] = 1 }, value: new JObject { ["verb"] = "like", ["when"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) }),
        ]);

        AssertSameAsSdk(replies);
    }

    [Fact]
    public void ContentThatIsNotJsonIsStillWrittenTheSdksWay()
    {
        var replies = new ExpectedReplies(
        [
            new Activity(ActivityTypes.Message, id: "1", attachments:
            [
                new Attachment(HeroCard.ContentType, content: new HeroCard("Titel", text: "tekst \u00e9", buttons: [new CardAction(ActionTypes.ImBack, "Ja", value: "ja")])),
                new Attachment("application/octet-stream", content: new Dictionary<string, object> { ["data"] = new MemoryStream([1, 2, 3]) }),
                new Attachment("text/plain", content: "plain"),
                new Attachment("text/plain", content: null),
                new Attachment("application/json", content: new JArray(1, "twee", JValue.CreateNull(), new JObject { ["span"] = TimeSpan.FromMinutes(90) })),
            ]),
        ]);

        AssertSameAsSdk(replies);
    }

    [Fact]
    public void TheAttachmentContentUsesTheDirectConverter()
    {
        var contract = (JsonObjectContract)ReplyJson.Settings.ContractResolver!.ResolveContract(typeof(Attachment));

        Assert.IsType<ReplyJson.DirectContentConverter>(contract.Properties["content"].Converter);
    }

    private static void AssertSameAsSdk(object body) =>
        Assert.Equal(JsonConvert.SerializeObject(body, HttpHelper.BotMessageSerializerSettings), ReplyJson.Serialize(body));
}
