using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Tests.DirectLine;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.RateLimits;

/// <summary>Per-user and per-IP limits on the public endpoints: 429 with Retry-After, other users unaffected, off when configured off.</summary>
public class RateLimitTests
{
    private static TipBotFactory Factory(int userBurst = 1000, int ipBurst = 100_000, bool enabled = true) => new(new()
    {
        ["RateLimiting:Enabled"] = enabled ? "true" : "false",
        ["RateLimiting:PerUser:Burst"] = userBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:PerUser:PermitsPerMinute"] = "1",
        ["RateLimiting:PerIp:Burst"] = ipBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:PerIp:PermitsPerMinute"] = "1",
    });

    private static JsonObject From(string user, string text)
    {
        var activity = Activities.Message(text);
        activity["from"]!["id"] = user;
        return activity;
    }

    [Fact]
    public async Task AUserOverTheirShareGets429WithRetryAfterAndOthersAreStillAnswered()
    {
        using var factory = Factory(userBurst: 3);
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", Activities.Json(From("29:anna", "vraag " + i)))).StatusCode);
        }

        var refused = await client.PostAsync("/api/messages", Activities.Json(From("29:anna", "nog een")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("TooManyRequests", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        // The refused turn did not run: three echoes, no fourth and no apology.
        Assert.Equal(3, factory.Channel.Calls.Count);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", Activities.Json(From("29:bram", "hallo")))).StatusCode);
    }

    [Fact]
    public async Task OneAddressOverItsShareGets429BeforeTheBodyIsRead()
    {
        using var factory = Factory(ipBurst: 5);
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            // Malformed on purpose: the per-IP limit counts requests, whatever they carry.
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/messages", Activities.Json("{"))).StatusCode);
        }
        var refused = await client.PostAsync("/api/messages", Activities.Json(From("29:anna", "hallo")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        // The health probe is not a public endpoint: the load balancer keeps seeing the instance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task ADirectLineConversationOverItsShareGets429()
    {
        using var factory = Factory(userBurst: 2);
        var client = factory.CreateClient();
        var (id, token) = await DirectLineHttp.StartAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await DirectLineHttp.PostActivityAsync(client, id, token, DirectLineHttp.Message("a", "c1"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await DirectLineHttp.PostActivityAsync(client, id, token, DirectLineHttp.Message("b", "c2"))).Status);
        var (status, body) = await DirectLineHttp.PostActivityAsync(client, id, token, DirectLineHttp.Message("c", "c3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("TooManyRequests", body!["error"]!["code"]!.GetValue<string>());

        var (other, otherToken) = await DirectLineHttp.StartAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await DirectLineHttp.PostActivityAsync(client, other, otherToken, DirectLineHttp.Message("d", "c4"))).Status);
    }

    [Fact]
    public async Task SwitchedOffNothingIsLimited()
    {
        using var factory = Factory(userBurst: 1, ipBurst: 1, enabled: false);
        var client = factory.CreateClient();
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", Activities.Json(From("29:anna", "vraag " + i)))).StatusCode);
        }
    }
}
