namespace TipBot.Bot.Coaching;

/// <summary>Requests and outbox in memory, for tests and Storage:Provider=Memory; lost on restart.</summary>
public sealed class MemoryCoachingStore : ICoachingRequestStore, ICoachingOutbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CoachingRequest> _requests = [];
    private readonly Dictionary<string, OutboxMessage> _outbox = [];

    // A claim moves the next attempt without touching the stored message, as the database stores do in a column.
    private readonly Dictionary<string, DateTimeOffset> _claimedUntil = [];

    public Task AddAsync(CoachingRequest request, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // The same rule as the databases' UNIQUE column: a reference names one request.
            if (_requests.Values.Any(r => string.Equals(r.Reference, request.Reference, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ReferenceTakenException(request.Reference);
            }
            _requests.Add(request.Id, request);
            foreach (var message in messages)
            {
                _outbox[message.Id] = message;
            }
        }
        return Task.CompletedTask;
    }

    public Task<CoachingRequest?> GetAsync(string idOrReference, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = idOrReference.Trim();
            return Task.FromResult(_requests.GetValueOrDefault(key)
                ?? _requests.Values.FirstOrDefault(r => string.Equals(r.Reference, key, StringComparison.OrdinalIgnoreCase)));
        }
    }

    public Task<IReadOnlyList<CoachingRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CoachingRequest>>(_requests.Values.OrderByDescending(r => r.CreatedAt).ToList());
        }
    }

    public Task<CoachingRequest?> UpdateAsync(
        string id,
        Func<CoachingRequest, CoachingRequest> change,
        Func<CoachingRequest, CoachingRequest, IReadOnlyList<OutboxMessage>>? messages = null,
        CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_requests.TryGetValue(id, out var before))
            {
                return Task.FromResult<CoachingRequest?>(null);
            }
            var after = change(before);
            _requests[id] = after;
            foreach (var message in messages?.Invoke(before, after) ?? [])
            {
                _outbox[message.Id] = message;
            }
            return Task.FromResult<CoachingRequest?>(after);
        }
    }

    public Task<int> AnonymiseRequesterAsync(string requesterId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Anonymise(r => r.RequesterId == requesterId, at);

    public Task<int> AnonymiseCompletedBeforeAsync(DateTimeOffset completedBefore, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Anonymise(r => r.Status.IsClosed() && r.CompletedAt < completedBefore && r.AnonymisedAt is null, at);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var due = _outbox.Values
                .Where(m => m.DeliveredAt is null && !m.Failed && (_claimedUntil.GetValueOrDefault(m.Id, m.NextAttemptAt)) <= now)
                .OrderBy(m => m.CreatedAt)
                .Take(max)
                .ToList();
            foreach (var message in due)
            {
                _claimedUntil[message.Id] = now + lease;
            }
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(due);
        }
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_outbox.Values.Count(m => m.DeliveredAt is null && !m.Failed));
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ForRequestAsync(string requestId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(_outbox.Values.Where(m => m.RequestId == requestId).OrderBy(m => m.CreatedAt).ToList());
        }
    }

    public Task SaveAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _outbox[message.Id] = message;
            _claimedUntil.Remove(message.Id);
        }
        return Task.CompletedTask;
    }

    private Task<int> Anonymise(Func<CoachingRequest, bool> which, DateTimeOffset at)
    {
        lock (_lock)
        {
            var matching = _requests.Values.Where(which).ToList();
            foreach (var request in matching)
            {
                _requests[request.Id] = request.Anonymised(at);
            }
            return Task.FromResult(matching.Count);
        }
    }
}
