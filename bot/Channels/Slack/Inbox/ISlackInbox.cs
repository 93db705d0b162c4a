namespace TipBot.Bot.Slack;

/// <summary>One acknowledged Slack turn kept in storage until it has run: its id, the Activity as JSON, and how often it was started.</summary>
public sealed record SlackInboxEntry(string Id, string Activity, int Attempts);

/// <summary>
/// Slack turns that were acknowledged (Slack will not send them again) and have not run yet, in the storage every
/// instance shares: a turn whose instance died is found by another instance once its lease has run out.
/// </summary>
public interface ISlackInbox
{
    /// <summary>Keeps the turn, leased to this instance until <paramref name="leaseUntil"/>.</summary>
    Task AddAsync(string id, string activity, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>The turn has run (or was refused after all): forget it.</summary>
    Task RemoveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Takes up to <paramref name="max"/> turns whose lease ran out, leases them until <paramref name="leaseUntil"/> and counts the attempt.</summary>
    Task<IReadOnlyList<SlackInboxEntry>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default);
}
