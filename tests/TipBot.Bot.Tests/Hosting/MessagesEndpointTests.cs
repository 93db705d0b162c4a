using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Hosting;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TipBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AMessageIsAnsweredThroughTheConnectorReplyUrl()
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(Activities.Message("hallo")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_factory.Channel.Calls);
        Assert.Equal(HttpMethod.Post, call.Method);
        // Ids contain ':', ';' and '@': the SDK escapes them in the path.
        Assert.Equal(Activities.ServiceUrl + "v3/conversations/" + Uri.EscapeDataString("a:conv;1@thread") + "/activities/act-1", call.Uri.AbsoluteUri);
        Assert.Null(call.Authorization); // local mode: no token outbound
        var reply = JsonNode.Parse(call.Body)!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("echo: hallo", (string?)reply["text"]);
        Assert.Equal("act-1", (string?)reply["replyToId"]);
        Assert.Equal("28:bot", (string?)reply["from"]!["id"]);
        Assert.Equal("29:user", (string?)reply["recipient"]!["id"]);
        Assert.Equal("a:conv;1@thread", (string?)reply["conversation"]!["id"]);
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheBody()
    {
        var activity = Activities.Message("hallo");
        activity["deliveryMode"] = "expectReplies";

        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("echo: hallo", (string?)reply["text"]);
        Assert.Equal("act-1", (string?)reply["replyToId"]);
        Assert.Empty(_factory.Channel.Calls);
    }

    [Fact]
    public async Task AnInvokeGetsItsInvokeResponse()
    {
        var activity = Activities.Message("");
        activity["type"] = "invoke";
        activity["name"] = "test/ping";
        activity["value"] = new JsonObject { ["n"] = 7 };

        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(7 == (int?)body["pong"]?["n"], body.ToJsonString());
    }

    [Fact]
    public async Task AnUnhandledInvokeIs501AsTheSdkAnswersIt()
    {
        var activity = Activities.Message("");
        activity["type"] = "invoke";
        activity["name"] = "nobody/handles-this";

        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ABotFailureApologisesInsteadOfFailingTheRequest()
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(Activities.Message("boom")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(Assert.Single(_factory.Channel.Calls).Body)!;
        Assert.StartsWith("Sorry, daar ging iets mis", (string?)reply["text"]);
    }

    public static TheoryData<string, string?, HttpStatusCode> BadRequests => new()
    {
        { "POST", null, HttpStatusCode.BadRequest },
        { "POST", "", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"text\": ", HttpStatusCode.BadRequest },
        { "POST", "not json at all", HttpStatusCode.BadRequest },
        { "POST", "[1, 2, 3]", HttpStatusCode.BadRequest },
        { "POST", "\"a string\"", HttpStatusCode.BadRequest },
        { "POST", "{\"text\": \"no type\"}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"\"}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"serviceUrl\": \"not a url\"}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"serviceUrl\": \"file:///etc/passwd\"}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"timestamp\": \"yesterday\"}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"text\": \"no serviceUrl\", \"conversation\": {\"id\": \"c\"}}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"https://x.test/\", \"from\": {\"id\": \"u\"}}", HttpStatusCode.BadRequest },
        { "POST", "{\"type\": \"message\", \"serviceUrl\": \"https://x.test/\", \"from\": {\"id\": \"u\"}, \"conversation\": {\"id\": \"c\"}}", HttpStatusCode.BadRequest },
        { "GET", null, HttpStatusCode.MethodNotAllowed },
        { "PUT", "{\"type\": \"message\"}", HttpStatusCode.MethodNotAllowed },
        { "DELETE", null, HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputIsAClientErrorNeverAServerError(string method, string? body, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");
        if (body is not null)
        {
            request.Content = Activities.Json(body);
        }

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_factory.Channel.Calls);
    }

    [Fact]
    public async Task AMegabyteBodyIs413()
    {
        var activity = Activities.Message(new string('x', 1024 * 1024));

        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Channel.Calls);
    }

    [Fact]
    public async Task ABigBodyWithoutContentLengthIs413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024));
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new("application/json");

        var response = await _factory.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Forces chunked transfer: no Content-Length for the server to check up front.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
