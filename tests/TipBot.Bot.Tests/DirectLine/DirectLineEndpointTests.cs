using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.DirectLine;
using static TipBot.Bot.Tests.DirectLine.DirectLineHttp;

namespace TipBot.Bot.Tests.DirectLine;

public sealed class DirectLineEndpointTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GenerateGivesATokenBoundToANewConversation()
    {
        var body = await GenerateAsync(_host.CreateClient());
        Assert.False(string.IsNullOrEmpty(body["conversationId"]!.GetValue<string>()));
        Assert.StartsWith("dl1.", body["token"]!.GetValue<string>());
        Assert.Equal(3600, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartingSendsTheBotAConversationUpdateAndTheWelcomeShows()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client, """{"user":{"id":"dl_anna"},"locale":"en-US"}""");

        var update = Assert.Single(_host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal(id, update.Conversation.Id);
        Assert.Equal(["tipbot", "dl_anna"], update.MembersAdded.Select(m => m.Id));
        Assert.Equal("en-US", update.Locale);

        var set = await GetActivitiesAsync(client, id, token);
        var welcome = Assert.Single(Activities(set));
        Assert.Equal("Welkom dl_anna (en-US)", welcome["text"]!.GetValue<string>());
        Assert.Equal("tipbot", welcome["from"]!["id"]!.GetValue<string>());
        Assert.Equal("dl_anna", welcome["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartingTwiceWelcomesOnce()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", token));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, body!["conversationId"]!.GetValue<string>());
        Assert.Single(_host.Bot.Received);
    }

    [Fact]
    public async Task AMessageIsEchoedWithItsClientActivityIdAndAnswered()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var first = await GetActivitiesAsync(client, id, token);
        var watermark = first["watermark"]!.GetValue<string>();

        var (status, posted) = await PostActivityAsync(client, id, token, Message("hoe ga ik om met boze bellers?", "c-42"));
        Assert.Equal(HttpStatusCode.OK, status);
        var postedId = posted!["id"]!.GetValue<string>();
        Assert.StartsWith(id + "|", postedId);

        var set = await GetActivitiesAsync(client, id, token, watermark);
        var activities = Activities(set).ToList();
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(postedId, echo["id"]!.GetValue<string>());
        Assert.Equal("c-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user1", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
        Assert.EndsWith("Z", echo["timestamp"]!.GetValue<string>());
        var reply = activities[1];
        Assert.Equal("Je vroeg: hoe ga ik om met boze bellers?", reply["text"]!.GetValue<string>());
        Assert.Equal(postedId, reply["replyToId"]!.GetValue<string>());
        Assert.NotEqual(postedId, reply["id"]!.GetValue<string>());

        var turn = _host.Bot.Received.Last();
        Assert.Equal("directline", turn.ChannelId);
        Assert.Equal(id, turn.Conversation.Id);
        Assert.Equal("tipbot", turn.Recipient.Id);
        Assert.EndsWith("/v3/directline/", turn.ServiceUrl);

        var later = await GetActivitiesAsync(client, id, token, set["watermark"]!.GetValue<string>());
        Assert.Empty(Activities(later));
        Assert.Equal(set["watermark"]!.GetValue<string>(), later["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATokenMadeForAUserSpeaksForThatUserOnly()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client, """{"user":{"id":"dl_anna"}}""");
        await PostActivityAsync(client, id, token, Message("hallo"));
        Assert.Equal("dl_anna", _host.Bot.Received.Last().From.Id);
    }

    [Fact]
    public async Task AnUpdateReplacesTheActivityUnderTheSameIdAndTimestamp()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var before = (await GetActivitiesAsync(client, id, token))["watermark"]!.GetValue<string>();
        await PostActivityAsync(client, id, token, Message("update"));

        var activities = Activities(await GetActivitiesAsync(client, id, token, before)).ToList();
        Assert.Equal(3, activities.Count);
        Assert.Equal("versie 1", activities[1]["text"]!.GetValue<string>());
        Assert.Equal("versie 2", activities[2]["text"]!.GetValue<string>());
        Assert.Equal(activities[1]["id"]!.GetValue<string>(), activities[2]["id"]!.GetValue<string>());
        Assert.Equal(activities[1]["timestamp"]!.GetValue<string>(), activities[2]["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailingTurnApologisesInDutchInsteadOfFailingTheRequest()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, _) = await PostActivityAsync(client, id, token, Message("crash"));
        Assert.Equal(HttpStatusCode.OK, status);
        var last = Activities(await GetActivitiesAsync(client, id, token)).Last();
        Assert.StartsWith("Sorry", last["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("card", "Bedankt!")]
    [InlineData("feedback", "Gedaan: feedback")]
    public async Task AnInvokeAnswerShowsInTheTranscript(string verb, string expected)
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = "user1" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb } },
        }.ToJsonString();
        var (status, _) = await PostActivityAsync(client, id, token, invoke);
        Assert.Equal(HttpStatusCode.OK, status);
        var all = await GetActivitiesAsync(client, id, token);
        var last = Activities(all).Last();
        Assert.Equal("message", last["type"]!.GetValue<string>());
        Assert.Contains(expected, last.ToJsonString());
    }

    [Fact]
    public async Task AnActionExecuteButtonReachesTheBotAsAnInvokeAndItsCardReplacesTheOriginal()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        await PostActivityAsync(client, id, token, Message("kaart"));
        var cardActivity = Activities(await GetActivitiesAsync(client, id, token)).Last();
        var cardId = cardActivity["id"]!.GetValue<string>();
        var button = cardActivity["attachments"]![0]!["content"]!["actions"]![0]!;
        // Web Chat 4.18 ignores Action.Execute; it gets an Action.Submit that remembers the verb and the card.
        Assert.Equal("Action.Submit", button["type"]!.GetValue<string>());
        Assert.Null(button["fallback"]);
        Assert.DoesNotContain("Action.Execute", cardActivity.ToJsonString());
        var marker = button["data"]!["tipbot.directline.execute"]!;
        Assert.Equal("card", marker["verb"]!.GetValue<string>());
        Assert.Equal(cardId, marker["activityId"]!.GetValue<string>());

        // What Web Chat posts for it: a message whose value is the data with the inputs merged in.
        var value = button["data"]!.DeepClone().AsObject();
        value["comment"] = "heel fijn";
        var submit = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "user1" },
            ["value"] = value,
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-submit", ["postBack"] = true },
        }.ToJsonString();
        var watermark = (await GetActivitiesAsync(client, id, token))["watermark"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await PostActivityAsync(client, id, token, submit)).Status);

        var invoke = _host.Bot.Received.Last();
        Assert.Equal(ActivityTypes.Invoke, invoke.Type);
        Assert.Equal("adaptiveCard/action", invoke.Name);
        Assert.Equal(cardId, invoke.ReplyToId);
        var action = ((Newtonsoft.Json.Linq.JObject)invoke.Value)["action"]!;
        Assert.Equal("Action.Execute", action["type"]!.ToString());
        Assert.Equal("card", action["verb"]!.ToString());
        Assert.Equal("boze-bellers", action["data"]!["tip"]!.ToString());
        Assert.Equal("heel fijn", action["data"]!["comment"]!.ToString());

        var after = Activities(await GetActivitiesAsync(client, id, token, watermark)).ToList();
        Assert.Equal(2, after.Count);
        Assert.Equal("c-submit", after[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(cardId, after[1]["id"]!.GetValue<string>());
        // The same instant; its text may differ in trailing zeros of the fraction (".4511050Z" and ".451105Z").
        Assert.Equal(DateTimeOffset.Parse(cardActivity["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(after[1]["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Bedankt!", after[1]["attachments"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public async Task WithoutATokenIs401()
    {
        var client = _host.CreateClient();
        var (id, _) = await StartAsync(client);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, Request(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", json: Message("x")))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/refresh"))).Status);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("dl1.eyJDIjoieCIsIkUiOjk5OTk5OTk5OTl9.c2lnbmF0dXJl")]
    public async Task AForgedTokenIs403(string forged)
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, body) = await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", forged));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Forbidden", body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", forged))).Status);
        // A token signed by another process (another key) is just as foreign.
        using var other = new DirectLineTestHost();
        var foreign = (await GenerateAsync(other.CreateClient()))["token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, Request(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", foreign, Message("x")))).Status);
        Assert.NotEqual(token, foreign);
    }

    [Fact]
    public async Task AnotherConversationsTokenIs403()
    {
        var client = _host.CreateClient();
        var (id, _) = await StartAsync(client);
        var (_, otherToken) = await StartAsync(client);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", otherToken))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostActivityAsync(client, id, otherToken, Message("x"))).Status);
    }

    [Fact]
    public async Task AnExpiredTokenIs403AndARefreshedOneWorks()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        _host.Clock.Now += TimeSpan.FromMinutes(50);
        var (status, refreshed) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, refreshed!["conversationId"]!.GetValue<string>());
        var fresh = refreshed["token"]!.GetValue<string>();

        _host.Clock.Now += TimeSpan.FromMinutes(20);
        var (expired, body) = await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token));
        Assert.Equal(HttpStatusCode.Forbidden, expired);
        Assert.Equal("TokenExpired", body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token))).Status);
        await GetActivitiesAsync(client, id, fresh);
    }

    [Fact]
    public async Task AnUnknownConversationIs404()
    {
        var client = _host.CreateClient();
        var token = _host.Services.GetRequiredService<DirectLineTokenService>().Issue("no-such-conversation", null);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Get, "/v3/directline/conversations/no-such-conversation/activities", token))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostActivityAsync(client, "no-such-conversation", token, Message("x"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", token))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token))).Status);
    }

    [Fact]
    public async Task AnIdleConversationExpires()
    {
        var client = _host.CreateClient();
        var (id, _) = await StartAsync(client);
        _host.Clock.Now += TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1);
        // A token still valid by itself does not bring the conversation back.
        var token = _host.Services.GetRequiredService<DirectLineTokenService>().Issue(id, null);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token))).Status);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"text\":\"no type\"}", "no 'type'")]
    [InlineData("{\"type\":\"conversationUpdate\"}", "cannot be sent")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"gisteren\"}", "wrong kind")]
    [InlineData("", "must be an activity")]
    public async Task ABadActivityIs400(string body, string explanation)
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, error) = await PostActivityAsync(client, id, token, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(explanation, error!["error"]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task ABadWatermarkIs400(string watermark)
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}", token))).Status);
    }

    [Theory]
    [InlineData("""{"user":{"id":""}}""")]
    [InlineData("""{"user":{"id":42}}""")]
    [InlineData("""{"user":"anna"}""")]
    [InlineData("""{"user":{"id":"a""")]
    public async Task ABadGenerateBodyIs400(string body)
    {
        var (status, _) = await SendAsync(_host.CreateClient(), Request(HttpMethod.Post, "/v3/directline/tokens/generate", json: body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task AnOversizedActivityIs413()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, body) = await PostActivityAsync(client, id, token, Message(new string('a', 300 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MessageSizeTooBig", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CorsPreflightAllowsTheHeadersDirectLineJsSends()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://intranet.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        using var response = await _host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("x-ms-bot-agent", allowed);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task TheStreamUrlRefusesPlainHttp()
    {
        var client = _host.CreateClient();
        var (id, token) = await StartAsync(client);
        var (status, _) = await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/stream?t={Uri.EscapeDataString(token)}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var (noToken, _) = await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/stream"));
        Assert.Equal(HttpStatusCode.Unauthorized, noToken);
    }

    [Fact]
    public async Task TheOldestConversationMakesRoomWhenTheCapIsReached()
    {
        using var host = new DirectLineTestHost(new() { ["DirectLine:MaxConversations"] = "2" });
        var client = host.CreateClient();
        var (first, firstToken) = await StartAsync(client);
        host.Clock.Now += TimeSpan.FromSeconds(1);
        var (second, secondToken) = await StartAsync(client);
        host.Clock.Now += TimeSpan.FromSeconds(1);
        var (third, thirdToken) = await StartAsync(client);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Get, $"/v3/directline/conversations/{first}/activities", firstToken))).Status);
        await GetActivitiesAsync(client, second, secondToken);
        await GetActivitiesAsync(client, third, thirdToken);
    }
}
