using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.RateLimits;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address: with ForwardedHeaders on, the per-IP limit
/// counts the clients named in X-Forwarded-For, but only when the request comes from a configured proxy.
/// </summary>
public class ProxyAddressTests
{
    private const string Proxy = "10.0.0.4";

    /// <summary>The bot with a per-IP burst of 2; every request arrives from <paramref name="remote"/>, as from a proxy.</summary>
    private static WebApplicationFactory<Program> Factory(bool forwarded, string remote = Proxy)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:PerIp:Burst"] = "2",
            ["RateLimiting:PerIp:PermitsPerMinute"] = "1",
            ["ForwardedHeaders:Enabled"] = forwarded ? "true" : "false",
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        };
        return new TipBotFactory(settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remote)))));
    }

    private static async Task<HttpStatusCode> TokenAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task FromAKnownProxyEachForwardedClientHasItsOwnShare()
    {
        using var factory = Factory(forwarded: true);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(client, "203.0.113.5"));
        // Another client behind the same proxy is not held up by the first.
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.6"));
    }

    [Fact]
    public async Task OffByDefaultTheProxyIsOneClient()
    {
        using var factory = Factory(forwarded: false);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.6"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(client, "203.0.113.7"));
    }

    [Fact]
    public async Task AnUnknownSenderCannotBuyFreshSharesWithAForgedHeader()
    {
        using var factory = Factory(forwarded: true, remote: "198.51.100.9");
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await TokenAsync(client, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TokenAsync(client, "203.0.113.3"));
    }

    [Fact]
    public void AProxyThatIsNoAddressStopsTheStartWithAMessage()
    {
        var settings = new Dictionary<string, string?> { ["ForwardedHeaders:Enabled"] = "true", ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/99" };
        using var factory = new TipBotFactory(settings);
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("ForwardedHeaders:KnownNetworks", error.ToString());
    }

    /// <summary>TestServer has no peer address; this sets one before anything else runs, as Kestrel would.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
