using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TipBot.Indexer.Search;

/// <summary>A thread-safe memo that forgets everything once it holds <c>capacity</c> entries (cheap, and question words repeat).</summary>
/// <remarks>Counts its own entries: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary.</remarks>
/// <param name="expected">
/// How many entries to make room for up front (0: the dictionary's default): a concurrent dictionary grows by copying every
/// entry into a new node at once, which for tens of thousands of entries is milliseconds on whichever call adds the next one.
/// </param>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null, int expected = 0) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = expected > 0
        ? new(Environment.ProcessorCount, Math.Min(expected, capacity), comparer)
        : new(comparer);
    private int _count;

    /// <summary>About how many entries it holds (added since it last forgot; a race may count one twice).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>The value of a key given in another form its comparer understands (a string key as a span of its characters), when present.</summary>
    public bool TryGetValue<TAlternate>(TAlternate key, [MaybeNullWhen(false)] out TValue value) where TAlternate : notnull, allows ref struct =>
        _entries.GetAlternateLookup<TAlternate>().TryGetValue(key, out value);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_entries.TryGetValue(key, out var known)) return known;
        var value = create(key);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _count, 1);
        }
        _entries[key] = value;
        return value;
    }
}
