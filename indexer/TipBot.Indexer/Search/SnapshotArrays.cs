namespace TipBot.Indexer.Search;

/// <summary>Arrays a snapshot keeps for its whole life, made where the garbage collector never copies them.</summary>
/// <remarks>
/// The common terms' decoded postings and block maxima are tens of thousands of arrays of a few KB (130 MB at 100,000
/// documents), made by the warm-up after the snapshot opens. In the ordinary heap each one is copied from generation 0 to 1
/// and again to 2: at 100,000 documents the first generation-1 collection after a warm-up promoted 181 MB and stopped the
/// question it fell in for 110 ms (quiet machine) to 700 ms (busy). On the pinned object heap they are never moved and
/// only looked at by full collections, as large arrays are; they hold no references, so nothing else is kept alive.
/// </remarks>
internal static class SnapshotArrays
{
    /// <summary>A copy of <paramref name="values"/> on the pinned object heap.</summary>
    public static T[] Copy<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        var copy = New<T>(values.Length);
        values.CopyTo(copy);
        return copy;
    }

    /// <summary>An array of <paramref name="length"/> on the pinned object heap, its contents undefined: the caller fills all of it.</summary>
    public static T[] New<T>(int length) where T : unmanaged => GC.AllocateUninitializedArray<T>(length, pinned: true);
}
