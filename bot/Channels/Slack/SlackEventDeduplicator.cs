using TipBot.Bot.Storage.Claims;

namespace TipBot.Bot.Slack;

/// <summary>
/// Claims each event id in the shared storage, so an event Slack delivers twice (a retry after a slow or lost ack,
/// perhaps to another instance behind the load balancer) is answered once.
/// </summary>
public sealed class SlackEventDeduplicator(IClaimStore claims)
{
    /// <summary>Slack retries an event three times within about five minutes; an hour covers that with room.</summary>
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default) =>
        claims.TryClaimAsync(Key(eventId), Remember, cancellationToken);

    /// <summary>Lets a retry through again after the first delivery could not be queued.</summary>
    public Task ReleaseAsync(string eventId) => claims.ReleaseAsync(Key(eventId), CancellationToken.None);

    private static string Key(string eventId) => "slack/event/" + eventId;
}
