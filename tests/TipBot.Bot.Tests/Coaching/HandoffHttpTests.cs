using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Conversation;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// The hand-off over HTTP: the bot in-process (POST /api/messages, SQLite storage, the real library), the
/// coaches' channel and the requester's chat both played by a Connector service on a local port.
/// </summary>
public sealed class HandoffHttpTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key";
    private const string CoachesChannel = "19:coaches@thread.tacv2";
    private const string UserConversation = "a:requester-conversation";

    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-handoff-").FullName;
    private FakeConnector _connector = null!;
    private int _activityNumber;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private TipBotFactory Start() => new(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tipbot.db")}",
        ["Knowledge:Path"] = Path.Combine(RepositoryRoot.Path, "knowledge"),
        ["Admin:ApiKey"] = AdminKey,
        ["Coaching:Channel:ServiceUrl"] = _connector.ServiceUrl,
        ["Coaching:Channel:ChannelId"] = "msteams",
        ["Coaching:Channel:ConversationId"] = CoachesChannel,
        ["Coaching:Channel:TenantId"] = "tenant-1",
        ["Coaching:Outbox:FirstRetryDelay"] = "00:00:00.200",
        ["Coaching:Outbox:PollInterval"] = "00:00:00.100",
    }, echoBot: false, storage: "Sqlite")
    {
        // Outbound calls go over real HTTP to the fake connector.
        HttpClientFactory = new PlainHttpClientFactory(),
    };

    private JsonObject Activity(string type, string conversationId, string fromId, string fromName, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = $"in-{Interlocked.Increment(ref _activityNumber)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "TipBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["locale"] = "nl-NL",
    };

    private async Task SayAsync(HttpClient client, string text)
    {
        var activity = Activity("message", UserConversation, "29:requester", "Jolanda van Wijk", "personal");
        activity["text"] = text;
        var response = await client.PostAsync("/api/messages", Activities.Json(activity));
        Assert.True(response.IsSuccessStatusCode, $"{text}: {(int)response.StatusCode}");
    }

    /// <summary>A whole intake, typed as a person would, ending with "Klopt"; returns the reference shown.</summary>
    private async Task<string> RunIntakeAsync(HttpClient client)
    {
        foreach (var text in new[] { "ik wil een coach", "gemeente", "Gemeente Wageningen", "Hoe maken we onze formulieren eenvoudiger voor inwoners?" })
        {
            await SayAsync(client, text);
        }
        // The library may or may not have tips for this question: only say "ja" when asked whether to go on.
        if (LastBotText().Contains("verder met je aanvraag", StringComparison.Ordinal))
        {
            await SayAsync(client, "ja");
        }
        foreach (var text in new[] { "lopend project zit vast", "een of enkele gesprekken", "ja", "Jolanda van Wijk", "jolanda@wageningen.nl", "nee", "Klopt" })
        {
            await SayAsync(client, text);
        }
        var thanks = LastBotText();
        var reference = System.Text.RegularExpressions.Regex.Match(thanks, "C-[2-9A-Z]{6}").Value;
        Assert.False(string.IsNullOrEmpty(reference), "No reference in: " + thanks);
        return reference;
    }

    private string LastBotText() =>
        _connector.Calls.Where(c => Uri.UnescapeDataString(c.Path).StartsWith($"/v3/conversations/{UserConversation}/", StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>() ?? "")
            .LastOrDefault() ?? "";

    private static async Task<JsonArray> RequestsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/coaching/requests");
        request.Headers.Add("X-Admin-Key", AdminKey);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task RequestCardReachesTheChannelAndClaimingNotifiesTheRequester()
    {
        using var factory = Start();
        var client = factory.CreateClient();
        var reference = await RunIntakeAsync(client);

        // The request card: a new thread in the configured coaches' channel.
        var create = await _connector.WaitForAsync(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Status == 200);
        Assert.Equal(CoachesChannel, create.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.True(create.Body["isGroup"]!.GetValue<bool>());
        Assert.Equal("tenant-1", create.Body["tenantId"]!.GetValue<string>());
        var card = create.Body["activity"]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        var cardText = card["content"]!.ToJsonString();
        Assert.Contains(reference, cardText);
        Assert.Contains("Gemeente Wageningen", cardText);
        Assert.Contains("\"verb\":\"claim\"", cardText);

        var stored = Assert.Single(await RequestsAsync(client))!;
        var requestId = stored["request"]!["id"]!.GetValue<string>();
        Assert.Equal("new", stored["request"]!["status"]!.GetValue<string>());

        // A coach presses "Oppakken" (Action.Execute): the invoke's answer is the updated card.
        var invoke = Activity("invoke", CoachesChannel + ";messageid=1", "29:coach-patrick", "Patrick Rancuret", "channel");
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = "card-1";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "claim", ["data"] = new JsonObject { ["requestId"] = requestId } },
            ["trigger"] = "manual",
        };
        var response = await client.PostAsync("/api/messages", Activities.Json(invoke));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("Opgepakt door Patrick Rancuret", answer["value"]!.ToJsonString());
        Assert.Contains("\"verb\":\"complete\"", answer["value"]!.ToJsonString());

        // The card in the channel is updated in place, and the requester hears who took it.
        var update = await _connector.WaitForAsync(c => c.Method == "PUT");
        Assert.Contains("card-1", update.Path);
        Assert.Contains("Opgepakt door Patrick Rancuret", update.Body!.ToJsonString());
        var notice = await _connector.WaitForAsync(c => c.Method == "POST" && c.Body?["text"]?.GetValue<string>().Contains("Patrick Rancuret") == true);
        Assert.StartsWith("/v3/conversations/a:requester-conversation/activities", Uri.UnescapeDataString(notice.Path));
        Assert.Contains(reference, notice.Body!["text"]!.GetValue<string>());

        stored = Assert.Single(await RequestsAsync(client))!;
        Assert.Equal("claimed", stored["request"]!["status"]!.GetValue<string>());
        Assert.Equal("Patrick Rancuret", stored["request"]!["coachName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChannelDownThreeTimesThenUpStillDeliversAcrossARestart()
    {
        _connector.FailCreates(3, 503);
        string reference;
        using (var first = Start())
        {
            reference = await RunIntakeAsync(first.CreateClient());
            // At least two failed attempts in this process, then it stops ("restart").
            await _connector.WaitForAsync(c => c.Path == "/v3/conversations" && _connector.Creates.Count(x => x.Status == 503) >= 2);
        }
        Assert.DoesNotContain(_connector.Creates, c => c.Status == 200);

        using var second = Start();
        var client = second.CreateClient();
        var delivered = await _connector.WaitForAsync(c => c.Path == "/v3/conversations" && c.Status == 200);
        Assert.Contains(reference, delivered.Body!.ToJsonString());
        Assert.Equal(3, _connector.Creates.Count(c => c.Status == 503));
        Assert.Single(_connector.Creates, c => c.Status == 200);

        // The operator view shows the request with its card delivered after four attempts.
        var stored = Assert.Single(await RequestsAsync(client))!;
        Assert.Equal(reference, stored["request"]!["reference"]!.GetValue<string>());
        var delivery = await WaitForDeliveredAsync(client);
        Assert.Equal(4, delivery["attempts"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(503, false)]
    [InlineData(504, true)]
    public async Task AfterAFailedPostTheCardSaysItMayBeARepeatOnlyWhenTheFirstPostMayHaveArrived(int status, bool mayBeRepeat)
    {
        // 503 is the channel itself saying no; 504 may come from a gateway in front of a channel that made the thread.
        _connector.FailCreates(1, status);
        using var host = Start();
        var client = host.CreateClient();
        var reference = await RunIntakeAsync(client);

        var delivered = await _connector.WaitForAsync(c => c.Path == "/v3/conversations" && c.Status == 200);
        // Its first sentence: the JSON text escapes the accents further on.
        var repeatNote = host.Services.GetRequiredService<TipBot.Bot.Texts.TextCatalog>().Get("nl", "coaching.card.maybeRepeat", reference).Split('.')[0];
        Assert.Equal(mayBeRepeat, delivered.Body!.ToJsonString().Contains(repeatNote, StringComparison.Ordinal));
        await WaitForDeliveredAsync(client);
        var stored = Assert.Single(await RequestsAsync(client))!;
        Assert.Equal(mayBeRepeat, stored["request"]!["cardMayBeDuplicate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AConnector429IsRetriedOnlyAfterItsRetryAfter()
    {
        // The outbox's own first retry would come after 200 ms; the channel asked for 2 seconds.
        _connector.FailCreates(1, 429, retryAfterSeconds: 2);
        using var host = Start();
        var client = host.CreateClient();
        await RunIntakeAsync(client);

        var delivered = await _connector.WaitForAsync(c => c.Path == "/v3/conversations" && c.Status == 200, TimeSpan.FromSeconds(30));
        var refused = Assert.Single(_connector.Creates, c => c.Status == 429);
        Assert.True(delivered.At - refused.At >= TimeSpan.FromSeconds(1.9), $"retried {(delivered.At - refused.At).TotalMilliseconds} ms after the 429");
        var delivery = await WaitForDeliveredAsync(client);
        Assert.Equal(2, delivery["attempts"]!.GetValue<int>());
    }

    private static async Task<JsonNode> WaitForDeliveredAsync(HttpClient client)
    {
        for (var i = 0; i < 100; i++)
        {
            var delivery = (await RequestsAsync(client))[0]!["deliveries"]!.AsArray().First(d => d!["kind"]!.GetValue<string>() == "postRequestCard")!;
            if (delivery["state"]!.GetValue<string>() == "delivered")
            {
                return delivery;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The request card was never marked delivered.");
    }

    [Fact]
    public async Task TheRequestsApiNeedsTheAdminKey()
    {
        using var factory = Start();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/coaching/requests")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/coaching/requests/C-ABCDEF");
        wrong.Headers.Add("X-Admin-Key", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var unknown = new HttpRequestMessage(HttpMethod.Get, "/api/coaching/requests/C-ABCDEF");
        unknown.Headers.Add("X-Admin-Key", AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(unknown)).StatusCode);
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
