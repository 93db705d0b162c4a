namespace TipBot.Bot.Slack;

/// <summary>The inbox in this process (Storage:Provider = Memory): it survives a stopped turn worker, not the process.</summary>
public sealed class MemorySlackInbox : ISlackInbox
{
    private readonly Dictionary<string, (string Activity, DateTimeOffset LeaseUntil, int Attempts)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task AddAsync(string id, string activity, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _entries[id] = (activity, leaseUntil, 1);
        }
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _entries.Remove(id);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SlackInboxEntry>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var claimed = _entries.Where(e => e.Value.LeaseUntil <= now).Take(max).ToList();
            foreach (var (id, entry) in claimed)
            {
                _entries[id] = (entry.Activity, leaseUntil, entry.Attempts + 1);
            }
            return Task.FromResult<IReadOnlyList<SlackInboxEntry>>(
                claimed.Select(e => new SlackInboxEntry(e.Key, e.Value.Activity, e.Value.Attempts + 1)).ToList());
        }
    }
}
