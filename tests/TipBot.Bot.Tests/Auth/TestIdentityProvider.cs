using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TipBot.Bot.Tests.Auth;

/// <summary>
/// Plays the Bot Framework's token service: OpenID metadata and a JWKS whose key is endorsed for
/// "msteams", served over HTTPS from Kestrel on 127.0.0.1, and tokens signed with that key.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Issuer = "https://api.tipbot-test.example";
    public const string KeyId = "tipbot-test-key";
    public const string EndorsedChannel = "msteams";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);

    private TestIdentityProvider(WebApplication app, TestCertificates certificates)
    {
        _app = app;
        Certificates = certificates;
    }

    public TestCertificates Certificates { get; }

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public RsaSecurityKey SigningKey => new(_key) { KeyId = KeyId };

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var certificates = TestCertificates.Shared;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificates.Server);
        }));
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, certificates);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = provider.BaseUrl + "/authorize",
            ["jwks_uri"] = provider.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var parameters = provider._key.ExportParameters(includePrivateParameters: false);
            return Results.Text(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray(EndorsedChannel, "webchat"),
                }),
            }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        provider.BaseUrl = app.Urls.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return provider;
    }

    /// <summary>The bot settings that point every Bot Framework endpoint at this provider (they must be set together).</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppTenantId"] = "",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = BaseUrl + "/emulator/.well-known/openid-configuration",
        ["ToChannelFromBotLoginUrl"] = BaseUrl + "/botframework.com",
        ["ToChannelFromBotOAuthScope"] = Issuer,
        ["OAuthUrl"] = BaseUrl + "/oauth",
        ["ValidateAuthority"] = "false",
        ["CallerId"] = "urn:botframework:tipbot-test",
    };

    /// <summary>A channel token; every part can be spoiled by the caller.</summary>
    public string CreateToken(string audience, string serviceUrl, string? issuer = null, DateTime? notBefore = null, DateTime? expires = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise perfect claims.</summary>
    public static string CreateUnsignedToken(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = KeyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        };
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "."
            + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + ".";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
