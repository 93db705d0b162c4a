using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TipBot.Bot.Hosting.ReusedClients;

namespace TipBot.Bot.Hosting;

/// <summary>
/// Wraps the SDK's authentication so every way a token can be wrong surfaces as
/// <see cref="UnauthorizedAccessException"/> (401) and an unreachable key endpoint as
/// <see cref="ChannelKeysUnavailableException"/> (503); the SDK lets some of them escape as other exceptions (500).
/// Connector and user token clients come from <see cref="ReusedBotClients"/> instead of being built per request.
/// </summary>
public sealed class GuardedBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private readonly ReusedBotClients _clients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return Reusing(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (Classify(e) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return Reusing(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (Classify(e) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Classify(e) is { } translated)
        {
            throw translated;
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Connectors(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _clients.UserTokenClientAsync(claimsIdentity, () => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory && result.ClaimsIdentity is { } identity)
        {
            result.ConnectorFactory = _clients.Connectors(factory, identity);
        }
        return result;
    }

    /// <summary>Null for an exception that is already what we want (or not ours to translate).</summary>
    private static Exception? Classify(Exception e)
    {
        if (e is UnauthorizedAccessException or OperationCanceledException { CancellationToken.IsCancellationRequested: true })
        {
            return null;
        }
        if (IsUnreachable(e))
        {
            return new ChannelKeysUnavailableException("The channel's OpenID metadata or signing keys could not be fetched.", e);
        }
        // Malformed tokens (ArgumentException), failed signature/lifetime/issuer checks (SecurityTokenException),
        // a wrong scheme (InvalidOperationException): all are the caller's token being wrong.
        return new UnauthorizedAccessException(e.Message, e);
    }

    private static bool IsUnreachable(Exception e)
    {
        for (var current = (Exception?)e; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or SocketException or TimeoutException or TaskCanceledException or IOException
                || current.Message.Contains("IDX20803", StringComparison.Ordinal)
                || current.Message.Contains("IDX20804", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
