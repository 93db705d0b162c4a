namespace TipBot.Bot.Pacing;

/// <summary>
/// Keeps the bot's own posts under a channel's per-conversation limits (see <see cref="RateWindow"/>) and out of a
/// conversation that answered 429 until its Retry-After has passed. Every conversation keeps its own log of send
/// times, so a burst to one conversation never holds up another.
/// </summary>
public sealed class ConversationPacer(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly TimeSpan _longest = windows.Count == 0 ? TimeSpan.Zero : windows.Max(w => w.Per);
    private int _sinceSweep;

    private sealed class Lane
    {
        /// <summary>Send times handed out, oldest first; some may still lie ahead (reserved by waiting senders).</summary>
        public List<DateTimeOffset> Sends { get; } = [];

        public DateTimeOffset PausedUntil { get; set; }
    }

    /// <summary>Takes the next send slot of <paramref name="conversation"/>: how long to wait before sending (zero: now).</summary>
    public TimeSpan Reserve(string conversation)
    {
        lock (_lanes)
        {
            var now = clock.GetUtcNow();
            var lane = LaneOf(conversation, now);
            var at = NextSlot(lane, now);
            lane.Sends.Add(at);
            return at - now;
        }
    }

    /// <summary>Takes a slot only if one is free now; otherwise how long until one is (and nothing is taken).</summary>
    public TimeSpan? TryReserve(string conversation)
    {
        lock (_lanes)
        {
            var now = clock.GetUtcNow();
            var lane = LaneOf(conversation, now);
            var at = NextSlot(lane, now);
            if (at > now)
            {
                return at - now;
            }
            lane.Sends.Add(now);
            return null;
        }
    }

    /// <summary>Waits for the next slot of <paramref name="conversation"/>; senders to one conversation go in the order they asked.</summary>
    public async Task WaitTurnAsync(string conversation, CancellationToken cancellationToken)
    {
        var wait = Reserve(conversation);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The channel said 429: nothing more goes to <paramref name="conversation"/> for <paramref name="retryAfter"/>.</summary>
    public void Pause(string conversation, TimeSpan retryAfter)
    {
        lock (_lanes)
        {
            var now = clock.GetUtcNow();
            var lane = LaneOf(conversation, now);
            var until = now + retryAfter;
            if (until > lane.PausedUntil)
            {
                lane.PausedUntil = until;
            }
        }
    }

    private DateTimeOffset NextSlot(Lane lane, DateTimeOffset now)
    {
        var at = now > lane.PausedUntil ? now : lane.PausedUntil;
        if (lane.Sends.Count > 0 && lane.Sends[^1] > at)
        {
            at = lane.Sends[^1];
        }
        // Sends are kept in time order, so a window is full exactly when its Count-th latest send is within Per.
        foreach (var window in windows)
        {
            if (lane.Sends.Count >= window.Count)
            {
                var bound = lane.Sends[^window.Count] + window.Per;
                if (bound > at)
                {
                    at = bound;
                }
            }
        }
        return at;
    }

    private Lane LaneOf(string conversation, DateTimeOffset now)
    {
        if (++_sinceSweep >= 1000)
        {
            _sinceSweep = 0;
            foreach (var key in _lanes.Where(l => IsIdle(l.Value, now)).Select(l => l.Key).ToList())
            {
                _lanes.Remove(key);
            }
        }
        if (!_lanes.TryGetValue(conversation, out var lane))
        {
            lane = new Lane();
            _lanes[conversation] = lane;
        }
        // Sends older than the longest window no longer count.
        var expired = lane.Sends.FindIndex(t => t > now - _longest);
        lane.Sends.RemoveRange(0, expired < 0 ? lane.Sends.Count : expired);
        return lane;
    }

    private bool IsIdle(Lane lane, DateTimeOffset now) =>
        lane.PausedUntil <= now && (lane.Sends.Count == 0 || lane.Sends[^1] <= now - _longest);
}
