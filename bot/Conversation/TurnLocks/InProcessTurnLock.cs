namespace TipBot.Bot.Conversation.TurnLocks;

/// <summary>
/// Serialises the turns of one conversation inside this process: enough where only one instance serves a conversation
/// (a SQLite file, memory), and free of the storage round trips of <see cref="StorageTurnLock"/>.
/// </summary>
public sealed class InProcessTurnLock : ITurnLock
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly TimeSpan _waitLimit;

    public InProcessTurnLock(TimeSpan? waitLimit = null) => _waitLimit = waitLimit ?? StorageTurnLock.WaitLimit;

    /// <summary>Conversations with a turn running or waiting; the others hold no memory here.</summary>
    public int HeldCount
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!))
            {
                gate = new Gate(this, key);
                _gates.Add(key, gate);
            }
            gate.Users++;
        }
        bool entered;
        try
        {
            entered = await gate.Semaphore.WaitAsync(_waitLimit, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(gate);
            throw;
        }
        if (!entered)
        {
            Leave(gate);
            throw new TimeoutException($"Conversation turn lock '{key}' stayed taken for {_waitLimit.TotalSeconds:0} s.");
        }
        return gate.Holder();
    }

    private void Leave(Gate gate)
    {
        lock (_gates)
        {
            // The last turn of a conversation removes its gate, so idle conversations cost nothing.
            if (--gate.Users == 0)
            {
                _gates.Remove(gate.Key);
                gate.Semaphore.Dispose();
            }
        }
    }

    /// <summary>One conversation's semaphore and how many turns hold it or wait for it (guarded by the dictionary).</summary>
    private sealed class Gate(InProcessTurnLock owner, string key)
    {
        public string Key { get; } = key;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public IAsyncDisposable Holder() => new Held(owner, this);
    }

    private sealed class Held(InProcessTurnLock owner, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(gate);
            }
            return ValueTask.CompletedTask;
        }
    }
}
