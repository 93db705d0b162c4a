using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TipBot.Bot.Slack;

/// <summary>Slack's request signing (v0): HMAC-SHA256 over "v0:{timestamp}:{raw body}", within five minutes of now.</summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Slack's window; an older (or later) timestamp may be a replay.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static bool IsValid(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        var age = now.ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > Window.TotalSeconds)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        // Compare bytes in constant time so the response time says nothing about how much of a forgery matched.
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>The header value Slack would send for this body: "v0=" and the lower-case hex HMAC.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(hash);
    }
}
