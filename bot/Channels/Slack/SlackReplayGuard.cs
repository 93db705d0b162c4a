namespace TipBot.Bot.Slack;

/// <summary>
/// Remembers the signatures of accepted requests for as long as their timestamp is valid, so a captured
/// slash command or button click sent again verbatim is refused. Events need no such guard: their event_id
/// is deduplicated (<see cref="SlackEventDeduplicator"/>), which also lets Slack's own retries through.
/// </summary>
public sealed class SlackReplayGuard(TimeProvider time)
{
    /// <summary>Beyond this many remembered signatures the oldest are dropped; only valid signatures get here.</summary>
    private const int Capacity = 100_000;

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Signature, DateTimeOffset Expires)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time a valid signature is presented; false for a replay.</summary>
    public bool TryFirstUse(string signature)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && (oldest.Expires < now || _order.Count >= Capacity))
            {
                _order.Dequeue();
                _seen.Remove(oldest.Signature);
            }
            // Twice the window: a timestamp may lie up to the window in the future as well as in the past.
            var expires = now + (2 * SlackSignature.Window);
            if (!_seen.TryAdd(signature, expires))
            {
                return false;
            }
            _order.Enqueue((signature, expires));
            return true;
        }
    }
}
