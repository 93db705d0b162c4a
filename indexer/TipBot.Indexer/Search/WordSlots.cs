using System.Runtime.CompilerServices;

namespace TipBot.Indexer.Search;

/// <summary>A slot of a flat word table (<see cref="WordTokenTable"/>, <see cref="WordSet"/>): its word's hash, or empty.</summary>
internal interface IWordSlot
{
    int Hash { get; }

    /// <summary>Where its word's characters start in the table's character array.</summary>
    int Start { get; }

    int Length { get; }

    /// <summary>True for a slot that holds no word (a word is never empty, so its length tells).</summary>
    bool IsEmpty { get; }
}

/// <summary>What the flat word tables share: open addressing with linear probing over a power-of-two array of slots.</summary>
internal static class WordSlots
{
    /// <summary>
    /// The index of the slot holding <paramref name="word"/> (whose <see cref="WordHash"/> is <paramref name="hash"/>, its
    /// characters in <paramref name="chars"/>), or the complement (~) of the empty slot where it would go.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Find<TSlot>(TSlot[] slots, char[] chars, ReadOnlySpan<char> word, int hash) where TSlot : struct, IWordSlot
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.IsEmpty) return ~i;
            if (slot.Hash == hash && slot.Length == word.Length && chars.AsSpan(slot.Start, slot.Length).SequenceEqual(word)) return i;
        }
    }

    /// <summary>Twice as many slots as <paramref name="old"/>, each word's slot moved to its place in the larger array.</summary>
    public static TSlot[] Doubled<TSlot>(TSlot[] old) where TSlot : struct, IWordSlot
    {
        var slots = new TSlot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.IsEmpty) continue;
            var i = slot.Hash & mask;
            while (!slots[i].IsEmpty) i = (i + 1) & mask;
            slots[i] = slot;
        }
        return slots;
    }
}
