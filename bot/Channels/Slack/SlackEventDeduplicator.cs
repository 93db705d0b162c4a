namespace TipBot.Bot.Slack;

/// <summary>
/// Remembers the last few thousand event ids, so an event Slack delivers twice (a retry after a slow or lost
/// ack) is answered once. Bounded: the oldest ids are forgotten first.
/// </summary>
public sealed class SlackEventDeduplicator(int capacity = 5000)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool TryClaim(string eventId)
    {
        lock (_lock)
        {
            if (!_seen.Add(eventId))
            {
                return false;
            }
            _order.Enqueue(eventId);
            while (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }
            return true;
        }
    }

    /// <summary>Lets a retry through again after the first delivery could not be queued.</summary>
    public void Release(string eventId)
    {
        lock (_lock)
        {
            _seen.Remove(eventId);
        }
    }
}
