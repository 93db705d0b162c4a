namespace TipBot.Bot.Coaching;

/// <summary>Where confirmed coaching requests live; never only in memory outside tests.</summary>
public interface ICoachingRequestStore
{
    /// <summary>Stores a new request together with its first outbox messages (both or neither).</summary>
    Task AddAsync(CoachingRequest request, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    Task<CoachingRequest?> GetAsync(string idOrReference, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<CoachingRequest>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored request and stores the outbox messages
    /// <paramref name="messages"/> makes from (before, after), atomically; null when the request does not exist.
    /// </summary>
    Task<CoachingRequest?> UpdateAsync(
        string id,
        Func<CoachingRequest, CoachingRequest> change,
        Func<CoachingRequest, CoachingRequest, IReadOnlyList<OutboxMessage>>? messages = null,
        CancellationToken cancellationToken = default);

    /// <summary>Removes personal fields of every request of <paramref name="requesterId"/>; returns how many.</summary>
    Task<int> AnonymiseRequesterAsync(string requesterId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes personal fields of closed requests (every <see cref="CoachingStatuses.Closed"/> status) closed before <paramref name="completedBefore"/>.</summary>
    Task<int> AnonymiseCompletedBeforeAsync(DateTimeOffset completedBefore, DateTimeOffset at, CancellationToken cancellationToken = default);
}
