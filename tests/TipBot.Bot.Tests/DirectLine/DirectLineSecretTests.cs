using System.Net;
using static TipBot.Bot.Tests.DirectLine.DirectLineHttp;

namespace TipBot.Bot.Tests.DirectLine;

public sealed class DirectLineSecretTests
{
    private const string Secret = "test-secret-0123456789";

    [Fact]
    public async Task WithASecretOnlyTheSecretGeneratesTokens()
    {
        using var host = new DirectLineTestHost(new() { ["DirectLine:Secret"] = Secret, ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" });
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/generate"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret"))).Status);

        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/generate", Secret));
        Assert.Equal(HttpStatusCode.OK, status);
        var token = body!["token"]!.GetValue<string>();
        var (started, conversation) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", token));
        Assert.Equal(HttpStatusCode.Created, started);
        Assert.Equal(body["conversationId"]!.GetValue<string>(), conversation!["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSecretItselfStartsANewConversation()
    {
        using var host = new DirectLineTestHost(new() { ["DirectLine:Secret"] = Secret });
        var client = host.CreateClient();
        var (status, body) = await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/conversations", Secret));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = body!["conversationId"]!.GetValue<string>();
        var token = body["token"]!.GetValue<string>();
        Assert.NotEqual(Secret, token);
        Assert.Single(Activities(await GetActivitiesAsync(client, id, token)));
        Assert.Single(Activities(await GetActivitiesAsync(client, id, Secret)));
    }

    [Fact]
    public async Task WithAnAppIdAndNoSecretDirectLineIsOff()
    {
        using var host = new DirectLineTestHost(new() { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" });
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(client, Request(HttpMethod.Post, "/v3/directline/tokens/generate"))).Status);
        // The page still loads and explains that the chat is off.
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
