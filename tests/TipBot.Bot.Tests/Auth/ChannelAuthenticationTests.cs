using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Auth;

/// <summary>
/// With a MicrosoftAppId set, /api/messages accepts only tokens the (test) Bot Framework token service
/// signed for this bot, this channel and this serviceUrl; everything else is 401, and an unreachable
/// key endpoint is 503, never 500.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "7e1d3c6a-tipbot-test-app";
    private TestIdentityProvider _provider = null!;
    private TipBotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync();
        _bot = new TipBotFactory(_provider.BotSettings(AppId))
        {
            HttpClientFactory = new TrustingHttpClientFactory(_provider.Certificates),
        };
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _provider.DisposeAsync();
    }

    /// <summary>expectReplies keeps the answer in the HTTP response, so no outbound (bot to channel) token is needed.</summary>
    private static JsonObject Activity(string channelId = TestIdentityProvider.EndorsedChannel)
    {
        var activity = Activities.Message("hallo");
        activity["channelId"] = channelId;
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private async Task<HttpResponseMessage> Send(string? authorization, JsonObject? activity = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity ?? Activity()) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await _bot.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task AValidTokenIsAccepted()
    {
        var response = await Send("Bearer " + _provider.CreateToken(AppId, Activities.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("echo: hallo", (string?)body["activities"]![0]!["text"]);
    }

    [Fact]
    public async Task NoAuthorizationHeaderIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(null)).StatusCode);

    [Fact]
    public async Task WrongAudienceIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + _provider.CreateToken("some-other-bot", Activities.ServiceUrl))).StatusCode);

    [Fact]
    public async Task WrongIssuerIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + _provider.CreateToken(AppId, Activities.ServiceUrl, issuer: "https://evil.example"))).StatusCode);

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        var token = _provider.CreateToken(AppId, Activities.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task ATokenWhoseLifetimeEndsBeforeItStartsIs401()
    {
        var token = _provider.CreateToken(AppId, Activities.ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddMinutes(-30));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task AnUnsignedAlgNoneTokenIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + TestIdentityProvider.CreateUnsignedToken(AppId, Activities.ServiceUrl))).StatusCode);

    [Fact]
    public async Task ATokenSignedByAnotherKeyWithTheSameKeyIdIs401()
    {
        using var impostor = RSA.Create(2048);
        var token = _provider.CreateToken(AppId, Activities.ServiceUrl, key: new RsaSecurityKey(impostor) { KeyId = TestIdentityProvider.KeyId });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task ATokenSignedByAnUnknownKeyIs401()
    {
        using var impostor = RSA.Create(2048);
        var token = _provider.CreateToken(AppId, Activities.ServiceUrl, key: new RsaSecurityKey(impostor) { KeyId = "unknown-key" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task AChannelTheKeyIsNotEndorsedForIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + _provider.CreateToken(AppId, Activities.ServiceUrl), Activity(channelId: "slack"))).StatusCode);

    [Fact]
    public async Task AServiceUrlOtherThanTheTokensIs401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send("Bearer " + _provider.CreateToken(AppId, "https://elsewhere.example/"))).StatusCode);

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer x y")]
    public async Task AMalformedHeaderIs401(string authorization) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(authorization)).StatusCode);

    [Fact]
    public async Task AnUnreachableKeyEndpointIs503()
    {
        var settings = _provider.BotSettings(AppId);
        // A port nobody listens on: connection refused, as when login.botframework.com cannot be reached.
        var closedPort = ClosedPort();
        settings["ToBotFromChannelOpenIdMetadataUrl"] = $"https://127.0.0.1:{closedPort}/v1/.well-known/openidconfiguration";
        using var bot = new TipBotFactory(settings) { HttpClientFactory = new TrustingHttpClientFactory(_provider.Certificates) };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(Activity()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _provider.CreateToken(AppId, Activities.ServiceUrl));

        var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class TrustingHttpClientFactory(TestCertificates certificates) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(certificates.CreateTrustingHandler(), disposeHandler: true);
    }
}
