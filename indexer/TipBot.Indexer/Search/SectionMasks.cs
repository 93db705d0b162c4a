namespace TipBot.Indexer.Search;

/// <summary>
/// Which question groups each of a set of section entries holds (<see cref="SectionGroups"/>), kept by entry: the second
/// pass (<see cref="SectionShare"/>) reads them for every candidate's sections, and the page's snippets look theirs up here
/// instead of reading the postings of every question term again.
/// </summary>
internal sealed class SectionMasks
{
    private readonly int[] _entries;
    private readonly ulong[] _masks;
    private readonly IReadOnlyDictionary<string, int> _terms;

    private SectionMasks(int[] entries, ulong[] masks, IReadOnlyDictionary<string, int> terms)
    {
        _entries = entries;
        _masks = masks;
        _terms = terms;
    }

    /// <summary>The groups of <paramref name="sections"/> (section entries, ascending) read from the postings; null when a group lies beyond 64 bits.</summary>
    /// <param name="matchingTerms">Term -> group (<see cref="TermMatcher.AllMatchingTerms"/>); entries not held here are read with the same.</param>
    public static SectionMasks? Read(IndexSnapshot snapshot, int[] sections, IReadOnlyDictionary<string, int> matchingTerms, PostingsPool.Lease postings) =>
        SectionGroups.Read(snapshot, sections, matchingTerms, postings) is { } masks ? new SectionMasks(sections, masks, matchingTerms) : null;

    /// <summary>The groups of the <paramref name="i"/>-th entry read.</summary>
    public ulong this[int i] => _masks[i];

    public int Count => _masks.Length;

    /// <summary>
    /// The groups of <paramref name="sections"/> (ascending), as <see cref="SectionGroups.Read"/> gives them with this set's
    /// terms: those held here looked up, the others read.
    /// </summary>
    public ulong[] For(IndexSnapshot snapshot, int[] sections, PostingsPool.Lease postings)
    {
        var masks = new ulong[sections.Length];
        List<int>? missing = null;
        for (var i = 0; i < sections.Length; i++)
        {
            var at = Array.BinarySearch(_entries, sections[i]);
            if (at >= 0) masks[i] = _masks[at];
            else (missing ??= []).Add(i);
        }
        if (missing is null) return masks;
        var entries = new int[missing.Count];
        for (var k = 0; k < entries.Length; k++) entries[k] = sections[missing[k]];
        // The same terms, whose groups all fit in 64 bits: read was not null, and is not now.
        var read = SectionGroups.Read(snapshot, entries, _terms, postings)!;
        for (var k = 0; k < entries.Length; k++) masks[missing[k]] = read[k];
        return masks;
    }
}
