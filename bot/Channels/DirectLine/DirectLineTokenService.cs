using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: "dl1.{payload}.{HMAC-SHA256}", the payload binding the token to one
/// conversation (and user) with an expiry. The key is the configured secret, or a random one per process, so
/// without a secret every token dies with a restart (as do the in-memory conversations it points to).
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Prefix = "dl1.";
    private readonly byte[] _key;
    private readonly byte[]? _secret;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var secret = options.Value.Secret;
        _secret = string.IsNullOrEmpty(secret) ? null : Encoding.UTF8.GetBytes(secret);
        _key = _secret is null ? RandomNumberGenerator.GetBytes(32) : SHA256.HashData(_secret);
        _lifetime = options.Value.TokenLifetime;
        _clock = clock;
    }

    /// <summary>True when a Direct Line secret is configured (then token generation needs it).</summary>
    public bool RequiresSecret => _secret is not null;

    /// <summary>The token's lifetime in whole seconds, as "expires_in" reports it.</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public string Issue(string conversationId, string? userId)
    {
        var expires = _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expires));
        var body = Prefix + WebEncoders.Base64UrlEncode(payload);
        return body + "." + WebEncoders.Base64UrlEncode(Sign(body));
    }

    /// <summary>Checks an Authorization header value ("Bearer ...").</summary>
    public DirectLineCredential Check(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader)
            || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return new(DirectLineCredentialStatus.Missing);
        }
        var credential = authorizationHeader[scheme.Length..].Trim();
        if (credential.Length == 0)
        {
            return new(DirectLineCredentialStatus.Missing);
        }
        if (IsSecret(credential))
        {
            return new(DirectLineCredentialStatus.Secret);
        }
        return CheckToken(credential);
    }

    /// <summary>Constant-time comparison with the configured secret (false when none is configured).</summary>
    public bool IsSecret(string credential) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);

    private DirectLineCredential CheckToken(string token)
    {
        var dot = token.LastIndexOf('.');
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || dot <= Prefix.Length)
        {
            return new(DirectLineCredentialStatus.Invalid);
        }
        var body = token[..dot];
        byte[] signature;
        TokenPayload? payload;
        try
        {
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
            {
                return new(DirectLineCredentialStatus.Invalid);
            }
            payload = JsonSerializer.Deserialize<TokenPayload>(WebEncoders.Base64UrlDecode(body[Prefix.Length..]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return new(DirectLineCredentialStatus.Invalid);
        }
        if (payload is null || string.IsNullOrEmpty(payload.C))
        {
            return new(DirectLineCredentialStatus.Invalid);
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.E);
        return expiresAt <= _clock.GetUtcNow()
            ? new(DirectLineCredentialStatus.Expired)
            : new(DirectLineCredentialStatus.Token, new DirectLineToken(payload.C, payload.U, expiresAt));
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body));

    // Short names keep tokens short: they travel in every request header and in the stream URL.
    private sealed record TokenPayload(string C, string? U, long E);
}
