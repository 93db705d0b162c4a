namespace TipBot.Indexer.Search;

/// <summary>
/// A set of distinct words as flat arrays: slots of hash, place and length, and the words' characters one after the
/// other. Adding a word already there reads two places in memory (its slot and its characters), where a
/// <see cref="HashSet{T}"/> of strings read three (bucket, entry, string); on a library's vocabulary of tens of thousands
/// of words each is a likely cache miss, for every one of the millions of words a library's texts repeat.
/// </summary>
/// <remarks>Not thread-safe: one set per thread, joined afterwards (<see cref="AddTo"/>).</remarks>
internal sealed class WordSet
{
    // An empty slot has Length 0: an empty word is never added.
    private struct Slot : IWordSlot
    {
        public int Hash;
        public int Start;
        public int Length;

        readonly int IWordSlot.Hash => Hash;
        readonly int IWordSlot.Start => Start;
        readonly int IWordSlot.Length => Length;
        readonly bool IWordSlot.IsEmpty => Length == 0;
    }

    private Slot[] _slots = new Slot[InitialSlots];
    private char[] _chars = new char[InitialSlots * 8];
    private int _charsUsed;

    private const int InitialSlots = 1 << 12;

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="word"/> (at least one character) unless it is there; true when it was new.</summary>
    public bool Add(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) throw new ArgumentException("a word has at least one character", nameof(word));
        var hash = WordHash.Of(word);
        var i = WordSlots.Find(_slots, _chars, word, hash);
        if (i >= 0) return false;
        i = ~i;
        if (_charsUsed + word.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charsUsed + word.Length));
        word.CopyTo(_chars.AsSpan(_charsUsed));
        _slots[i] = new Slot { Hash = hash, Start = _charsUsed, Length = word.Length };
        _charsUsed += word.Length;
        if (++Count * 2 > _slots.Length) Grow();
        return true;
    }

    public bool Contains(ReadOnlySpan<char> word) => !word.IsEmpty && WordSlots.Find(_slots, _chars, word, WordHash.Of(word)) >= 0;

    /// <summary>Adds every word to <paramref name="words"/> (ordinal), making a string only for a word it does not hold yet.</summary>
    public void AddTo(HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var slot in _slots)
        {
            if (slot.Length != 0) lookup.Add(_chars.AsSpan(slot.Start, slot.Length));
        }
    }

    private void Grow() => _slots = WordSlots.Doubled(_slots);
}
