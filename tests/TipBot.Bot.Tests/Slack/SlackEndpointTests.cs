using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Hosting;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Slack's three URLs over HTTP, with requests signed as bolt checks them and a fake Slack Web API.</summary>
public class SlackEndpointTests(SlackTestHost host) : IClassFixture<SlackTestHost>
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task UrlVerificationSignedLikeSlackIsEchoed()
    {
        var body = """{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";
        var response = await host.PostSignedAsync(SlackEndpoints.Events, body, Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(SlackEndpoints.Events)]
    [InlineData(SlackEndpoints.Commands)]
    [InlineData(SlackEndpoints.Interactions)]
    public async Task ForgedStaleOrUnsignedRequestsAre401(string path)
    {
        var body = path switch
        {
            SlackEndpoints.Events => """{"challenge":"abc","type":"url_verification"}""",
            SlackEndpoints.Commands => SlackPayloads.Command("/tip", "help", channel: "D0FORGED"),
            _ => SlackPayloads.BlockAction(
                new JsonObject { ["action_id"] = "tipbot.say.1", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Help" }, ["value"] = "help" },
                "D0FORGED",
                "1700000000.000900"),
        };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signed = await BoltSigner.SignAsync(SlackTestHost.Secret, (body, now), (body, now - 400));
        var fresh = signed[0];
        var stale = signed[1];

        var tampered = body.Insert(body.Length / 2, "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(path, tampered, Json, fresh.Timestamp, fresh.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(path, body, Json, stale.Timestamp, stale.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(path, body, Json, fresh.Timestamp, signature: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(path, body, Json, timestamp: null, fresh.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(path, body, Json, fresh.Timestamp, "v0=" + new string('0', 64))).StatusCode);
        // The same request, untouched, is accepted: the 401s above are about the signature, nothing else.
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(path, body, path == SlackEndpoints.Events ? Json : Form, fresh.Timestamp, fresh.Signature)).StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        var body = "{\"type\":\"url_verification\",\"challenge\":\"" + new string('x', 1024 * 1024 + 10) + "\"}";
        var response = await host.PostAsync(SlackEndpoints.Events, body, Json, "1", "v0=0");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnAppMentionIsAnsweredInItsThreadWithValidBlockKit()
    {
        var body = SlackPayloads.AppMention("Ev0MENTION1", "C0CHANNEL1", "1700000001.000100", "<@U0TIPBOT> hoe ga ik om met boze inwoners?");
        var started = DateTimeOffset.UtcNow;
        var response = await host.PostSignedAsync(SlackEndpoints.Events, body, Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var post = (await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "C0CHANNEL1")).Single();
        Assert.StartsWith(SlackTestHost.ApiBase, post.Url.AbsoluteUri);
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.Equal("1700000001.000100", (string?)post.Body["thread_ts"]);
        Assert.Contains(TopTitle("hoe ga ik om met boze inwoners?"), Headers(post.Body));
        Assert.Contains(host.Insights.Questions, q => q.Text == "hoe ga ik om met boze inwoners?");
        Assert.True(post.At - started < TimeSpan.FromSeconds(30));
        await BlockKitChecker.AssertValidAsync([post.Body]);
    }

    [Fact]
    public async Task SlashTipAnswersWithTipsInBlockKitAndFeedbackButtonsWork()
    {
        var response = await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "boze inwoners", channel: "D0TIP1"), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "D0TIP1")).Single().Body;
        Assert.Null(answer["thread_ts"]);
        var headers = Headers(answer);
        Assert.Contains(TopTitle("boze inwoners"), headers);
        Assert.True(headers.Count >= 2, "expected several tips, got " + string.Join(", ", headers));

        // "Nuttig" carries the card action's data: the bot records the feedback and thanks the user in the message
        // itself (chat.update): the pressed buttons become a thank-you line, the other tips stay as they were.
        var useful = SlackPayloads.Button(answer, "Nuttig");
        Assert.Equal("primary", (string?)useful["style"]);
        var value = JsonNode.Parse((string)useful["value"]!)!;
        Assert.Equal("feedback", (string?)value["verb"]);
        var click = await host.PostSignedAsync(SlackEndpoints.Interactions, SlackPayloads.BlockAction(useful, "D0TIP1", "1700000999.000100", posted: answer), Form);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var thanks = (await host.Slack.WaitForCallsAsync("chat.update", 1, c => (string?)c.Body["channel"] == "D0TIP1")).Single().Body;
        Assert.Equal("1700000999.000100", (string?)thanks["ts"]);
        var before = answer["blocks"]!.AsArray();
        var after = thanks["blocks"]!.AsArray();
        Assert.Equal(before.Count, after.Count);
        var pressed = before.ToList().FindIndex(b => b!["elements"] is JsonArray elements
            && elements.Any(e => (string?)e?["action_id"] == (string?)useful["action_id"] && (string?)e?["value"] == (string?)useful["value"]));
        Assert.Equal("context", (string?)after[pressed]!["type"]);
        Assert.Contains("Dank je wel voor je feedback", after[pressed]!.ToJsonString());
        Assert.Equal(SlackPayloads.Buttons(answer).Count() - before[pressed]!["elements"]!.AsArray().Count, SlackPayloads.Buttons(thanks).Count());
        Assert.Contains(host.Insights.Feedback, f => f.TipId == (string?)value["tipId"] && f.Useful);
        Assert.Single(host.Slack.Posts, p => (string?)p.Body["channel"] == "D0TIP1");

        // "Meer zoals dit" answers with more tips.
        var more = SlackPayloads.Button(answer, "Meer zoals dit");
        await host.PostSignedAsync(SlackEndpoints.Interactions, SlackPayloads.BlockAction(more, "D0TIP1", "1700000999.000100"), Form);
        var similar = (await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == "D0TIP1"))[1].Body;
        Assert.Contains("header", similar["blocks"]!.ToJsonString());

        await BlockKitChecker.AssertValidAsync([answer, thanks, similar]);
    }

    [Fact]
    public async Task AnEmptyTipGetsAFriendlyHintRightAway()
    {
        var response = await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "  ", channel: "D0EMPTY"), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hint = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)hint["response_type"]);
        Assert.Contains("*/tip hoe ga ik om met boze inwoners?*", (string?)hint["text"]);
    }

    [Fact]
    public async Task SlashCoachStartsTheCoachRequest()
    {
        var response = await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/coach", "", channel: "D0COACH"), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The intake greets and asks its first question, whose choices are buttons.
        var posts = await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == "D0COACH");
        Assert.Contains("coach", posts[0].Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(SlackPayloads.Buttons(posts[1].Body), b => (string?)b["text"]!["text"] == "Gemeente");
        await BlockKitChecker.AssertValidAsync(posts.Select(p => p.Body));
    }

    [Fact]
    public async Task ARetriedEventIsAnsweredOnce()
    {
        var channel = "C0RETRY";
        var body = SlackPayloads.AppMention("Ev0RETRY1", channel, "1700000002.000100", "<@U0TIPBOT> boze inwoners");
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(SlackEndpoints.Events, body, Json)).StatusCode);
        await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == channel);
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(SlackEndpoints.Events, body, Json, retry: 1)).StatusCode);

        // A later question in the same thread runs after anything queued before it, so once it is answered, a
        // second answer to the retried event would have been posted too.
        var later = SlackPayloads.AppMention("Ev0RETRY2", channel, "1700000003.000100", "<@U0TIPBOT> help", threadTs: "1700000002.000100");
        await host.PostSignedAsync(SlackEndpoints.Events, later, Json);
        var posts = await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == channel);
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("1700000002.000100", (string?)p.Body["thread_ts"]));
    }

    [Fact]
    public async Task BotMessagesAndOurOwnAreIgnored()
    {
        var channel = "D0BOTS";
        await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage("Ev0BOT1", channel, "1700000004.000100", "boze inwoners", botId: "B0OTHER"), Json);
        await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage("Ev0BOT2", channel, "1700000005.000100", "boze inwoners", user: SlackTestHost.BotUserId), Json);
        await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage("Ev0BOT3", channel, "1700000006.000100", "help"), Json);
        var posts = await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == channel);
        Assert.Single(posts);
        Assert.Equal(["Zo werkt TipBot"], Headers(posts[0].Body));
    }

    private static string TopTitle(string question) => Library.Search.Search(new TipBot.Indexer.Search.SearchQuery(question)).Hits[0].Title;

    private static List<string?> Headers(JsonObject post) =>
        post["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "header").Select(b => (string?)b["text"]!["text"]).ToList();
}

/// <summary>Slack's 429 with Retry-After is waited out and the message delivered once.</summary>
public class SlackRateLimitTests
{
    [Fact]
    public async Task A429IsRetriedAfterRetryAfterAndDeliveredOnce()
    {
        await using var host = new SlackTestHost();
        host.Slack.RateLimitNext(1, seconds: 1);
        var body = SlackPayloads.DirectMessage("Ev0LIMIT1", "D0LIMIT", "1700000007.000100", "help");
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(SlackEndpoints.Events, body, "application/json")).StatusCode);
        var posts = await host.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == "D0LIMIT");
        await Task.Delay(300);
        Assert.Single(host.Slack.Posts, p => (string?)p.Body["channel"] == "D0LIMIT");
        var attempts = host.Slack.Attempts.ToList();
        Assert.True(attempts.Count >= 2, "the 429 was not retried");
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(attempts[1] - attempts[0]).TotalMilliseconds} ms, before Retry-After");
        Assert.NotNull(posts[0].Body["blocks"]);
    }
}

/// <summary>Without Slack:SigningSecret the Slack URLs do not exist.</summary>
public class SlackDisabledTests
{
    [Fact]
    public async Task EndpointsAre404WithoutASigningSecret()
    {
        using var factory = new TipBotFactory();
        var client = factory.CreateClient();
        foreach (var path in new[] { SlackEndpoints.Events, SlackEndpoints.Commands, SlackEndpoints.Interactions })
        {
            var response = await client.PostAsync(path, new StringContent("{}"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
