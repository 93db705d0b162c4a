using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace TipBot.Bot.Hosting.ReusedClients;

/// <summary>
/// Connector and user token clients kept per bot identity and service URL. The SDK's CloudAdapter builds both anew
/// for every request (a fresh autorest client with its user-agent parsing each time: a large share of a turn's CPU)
/// and disposes them when the turn ends; the older BotFrameworkAdapter kept them per service URL the same way.
/// </summary>
public sealed class ReusedBotClients
{
    // Anyone can post an activity with any serviceUrl: bound the cache (dropping clients is harmless, they are rebuilt).
    private const int MaxClients = 256;

    private readonly ConcurrentDictionary<string, Task<IConnectorClient>> _connectors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<UserTokenClient>> _tokenClients = new(StringComparer.Ordinal);

    /// <summary>The factory a turn gets: same clients as <paramref name="inner"/> would build, built once per identity, URL and audience.</summary>
    public ConnectorFactory Connectors(ConnectorFactory inner, ClaimsIdentity identity) => new Factory(this, inner, IdentityKey(identity));

    public async Task<UserTokenClient> UserTokenClientAsync(ClaimsIdentity identity, Func<Task<UserTokenClient>> create)
    {
        var key = IdentityKey(identity);
        var client = Get(_tokenClients, key, _ => Wrap(create));
        try
        {
            return await client.ConfigureAwait(false);
        }
        catch
        {
            // A failed creation is not kept: the next turn tries again.
            _tokenClients.TryRemove(new KeyValuePair<string, Task<UserTokenClient>>(key, client));
            throw;
        }

        static async Task<UserTokenClient> Wrap(Func<Task<UserTokenClient>> create) => new ReusedUserTokenClient(await create().ConfigureAwait(false));
    }

    private async Task<IConnectorClient> ConnectorAsync(string key, Func<Task<IConnectorClient>> create)
    {
        var client = Get(_connectors, key, _ => Wrap(create));
        try
        {
            return await client.ConfigureAwait(false);
        }
        catch
        {
            _connectors.TryRemove(new KeyValuePair<string, Task<IConnectorClient>>(key, client));
            throw;
        }

        static async Task<IConnectorClient> Wrap(Func<Task<IConnectorClient>> create) => new ReusedConnectorClient(await create().ConfigureAwait(false));
    }

    private static T Get<T>(ConcurrentDictionary<string, T> cache, string key, Func<string, T> create)
    {
        if (cache.TryGetValue(key, out var client))
        {
            return client;
        }
        // Only on a miss: Count takes every lock of the dictionary, which every turn contended for.
        if (cache.Count >= MaxClients)
        {
            cache.Clear();
        }
        return cache.GetOrAdd(key, create);
    }

    /// <summary>What the SDK builds its clients from: the bot's app id (audience or appid claim) and the caller.</summary>
    private static string IdentityKey(ClaimsIdentity identity) => string.Join('\u001f',
        identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value,
        identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value,
        identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value,
        identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value,
        identity.IsAuthenticated);

    private sealed class Factory(ReusedBotClients owner, ConnectorFactory inner, string identity) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            owner.ConnectorAsync(string.Join('\u001f', identity, serviceUrl, audience), () => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
    }
}
