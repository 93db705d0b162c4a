namespace TipBot.Bot.Storage.Claims;

/// <summary>Claims in this process only (Storage:Provider = Memory): right for one instance and for tests.</summary>
public sealed class MemoryClaimStore(TimeProvider clock) : IClaimStore
{
    private readonly Dictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private readonly ClaimPurgeSchedule _purge = new(clock);
    private readonly Lock _lock = new();

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_purge.IsDue())
            {
                foreach (var expired in _claims.Where(c => c.Value <= now).Select(c => c.Key).ToList())
                {
                    _claims.Remove(expired);
                }
            }
            if (_claims.TryGetValue(key, out var until) && until > now)
            {
                return Task.FromResult(false);
            }
            _claims[key] = now + lifetime;
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _claims.Remove(key);
        }
        return Task.CompletedTask;
    }
}
