namespace TipBot.Bot.Coaching;

/// <summary>What an outbox message asks to be delivered.</summary>
public enum OutboxKind
{
    /// <summary>Post the request card as a new thread in the coaches' channel.</summary>
    PostRequestCard,

    /// <summary>Replace the posted request card with its current state.</summary>
    UpdateRequestCard,

    /// <summary>Tell the requester, in their own conversation, that the status changed.</summary>
    NotifyRequester,

    /// <summary>Send the Bot Framework handoff.initiate event to the requester's conversation.</summary>
    Handoff,
}

/// <summary>
/// One notification waiting to be delivered. Stored with the change that caused it, so a crash or a channel
/// that is down never loses it; the dispatcher retries it with backoff until it is delivered.
/// </summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }

    public required string RequestId { get; init; }

    public required OutboxKind Kind { get; init; }

    /// <summary>The status the notification is about (for <see cref="OutboxKind.NotifyRequester"/>).</summary>
    public CoachingStatus? Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Given up: a permanent error (not 429/5xx), or too many attempts. Visible to operators.</summary>
    public bool Failed { get; init; }

    public string? LastError { get; init; }

    public static OutboxMessage For(CoachingRequest request, OutboxKind kind, DateTimeOffset now, CoachingStatus? status = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        RequestId = request.Id,
        Kind = kind,
        Status = status,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}

/// <summary>Stored notifications waiting to be delivered.</summary>
public interface ICoachingOutbox
{
    /// <summary>
    /// Undelivered, not failed messages whose time has come, oldest first, claimed for the caller: their next attempt
    /// moves to now + <paramref name="lease"/>, so another dispatcher (another instance) does not take them too, and a
    /// dispatcher that dies before saving the outcome only delays them by the lease.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxMessage>> ForRequestAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Messages neither delivered nor given up, due or waiting for a retry: the backlog of every instance together.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
