using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Indexer.Library;

namespace TipBot.Bot.Tests.Conversation;

public class TipSearchExtensionTests
{
    private static Activity Query(string? text, int skip, int count, bool initialRun = false) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "composeExtension/query",
        Locale = "nl-NL",
        Value = JObject.FromObject(new
        {
            commandId = "searchTips",
            parameters = initialRun
                ? new object[] { new { name = "initialRun", value = "true" } }
                : [new { name = "searchQuery", value = text }],
            queryOptions = new { skip, count },
        }),
    };

    [Fact]
    public async Task ASearchGivesTipCardsWithThumbnailPreviewsPaged()
    {
        var harness = BotHarness.Create(Library.Search);
        var first = BotHarness.InvokeJson(await harness.SendAsync(Query("boze bellers", 0, 2)));
        Assert.Equal(200, (int)first["status"]!);
        var result = first["body"]!["composeExtension"]!;
        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachments = result["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);
        foreach (var attachment in attachments)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
            Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
            Assert.False(string.IsNullOrEmpty((string?)attachment["preview"]!["content"]!["title"]));
            // An inserted card lives in any chat: no buttons that need this bot's conversation.
            Assert.DoesNotContain("Action.Execute", attachment["content"]!.ToJsonString());
            harness.CardsSeen.Add(attachment["content"]!.ToJsonString());
        }

        var next = BotHarness.InvokeJson(await harness.SendAsync(Query("boze bellers", 2, 2)));
        var nextTitles = next["body"]!["composeExtension"]!["attachments"]!.AsArray().Select(a => (string?)a!["preview"]!["content"]!["title"]);
        Assert.DoesNotContain((string?)attachments[0]!["preview"]!["content"]!["title"], nextTitles);
        Assert.Empty(harness.Insights.Questions); // searching the box is not asking the bot
    }

    [Fact]
    public async Task TheInitialRunShowsFeaturedTipsWithoutCoaches()
    {
        var harness = BotHarness.Create(Library.Search);
        var response = BotHarness.InvokeJson(await harness.SendAsync(Query(null, 0, 25, initialRun: true)));
        var titles = response["body"]!["composeExtension"]!["attachments"]!.AsArray().Select(a => (string?)a!["preview"]!["content"]!["title"]).ToList();
        Assert.Equal(25, titles.Count);
        var answerable = Library.Search.Documents.Where(d => d.Kind != DocumentKind.Coach).Select(d => d.Title).ToHashSet();
        Assert.All(titles, t => Assert.Contains(t!, answerable));
        Assert.Equal(25, titles.Distinct().Count());
    }

    [Fact]
    public async Task AMalformedQueryIsABadRequestNotAnError()
    {
        var harness = BotHarness.Create(Library.Search);
        var replies = await harness.SendAsync(new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Value = "nonsense" });
        Assert.Equal(400, BotHarness.InvokeResponseIn(replies).Status);
    }
}
