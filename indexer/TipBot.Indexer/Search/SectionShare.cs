namespace TipBot.Indexer.Search;

/// <summary>
/// How much of a question a document's best single section holds: the share of the question's weight (idf) whose words
/// stand in that section's text, read from the postings of the sections' entries (<see cref="SectionGroups"/>).
/// </summary>
/// <remarks>
/// A document that treats the question in one place holds as much in its best section as in the whole document; one that
/// names the question's words here and there, one in each section, holds less in any one of them. The ranking's second
/// pass (<see cref="RankingOptions.SectionShareFactor"/>) compares the two.
/// </remarks>
internal static class SectionShare
{
    /// <summary>Per document of <paramref name="docs"/>, its best section's share of the question's weight (0..1); -1 for a document without sections.</summary>
    /// <param name="docs">The documents' Lucene docs (their whole-document entries; any doc of a document names it).</param>
    /// <param name="matchingTerms">Term -> group, every term that counts for the question (<see cref="TermMatcher.AllMatchingTerms"/>).</param>
    /// <param name="read">The groups each of their sections holds, as read (null where nothing was).</param>
    /// <returns>Null when a group lies beyond the 64 bits <see cref="SectionGroups"/> reads.</returns>
    public static double[]? BestSectionCoverage(IndexSnapshot snapshot, int[] docs, IReadOnlyList<QueryTermGroup> groups,
        IReadOnlyDictionary<string, int> matchingTerms, PostingsPool.Lease postings, out SectionMasks? read)
    {
        read = null;
        var best = new double[docs.Length];
        Array.Fill(best, -1);
        var entries = new List<int>();
        var owners = new List<int>();
        for (var i = 0; i < docs.Length; i++)
        {
            var sections = snapshot.SectionEntriesAt(docs[i]);
            for (var k = 0; k < sections.Length; k++)
            {
                entries.Add(sections[k]);
                owners.Add(i);
            }
        }
        if (entries.Count == 0) return best;
        var sorted = entries.ToArray();
        var owner = owners.ToArray();
        Array.Sort(sorted, owner);
        if (SectionMasks.Read(snapshot, sorted, matchingTerms, postings) is not { } masks) return null;
        read = masks;
        var total = 0.0;
        for (var g = 0; g < groups.Count; g++) total += groups[g].Weight;
        for (var i = 0; i < masks.Count; i++) best[owner[i]] = Math.Max(best[owner[i]], Coverage(masks[i], groups, total));
        return best;
    }

    /// <summary>The share of <paramref name="total"/> (the question's weight) of the groups set in <paramref name="mask"/>.</summary>
    internal static double Coverage(ulong mask, IReadOnlyList<QueryTermGroup> groups, double total) =>
        total <= 0 ? 0 : QueryTermGroup.WeightOf(mask, groups) / total;
}
