using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// Which question groups each of a few section entries holds in its text, as bits, read from the postings: a snippet whose
/// sentences already hold all of them need not read the rest of its section (<see cref="SnippetBuilder"/>).
/// </summary>
internal static class SectionGroups
{
    /// <param name="sections">Section entries (Lucene doc ids), ascending.</param>
    /// <param name="matchingTerms">Term -> group, as a snippet marks them; null when a group lies beyond 64 bits.</param>
    public static ulong[]? Read(IndexSnapshot snapshot, int[] sections, IReadOnlyDictionary<string, int> matchingTerms, PostingsPool.Lease postings)
    {
        var masks = new ulong[sections.Length];
        if (sections.Length == 0) return masks;
        foreach (var (term, group) in matchingTerms)
        {
            if ((uint)group >= 64) return null;
            if (snapshot.TermStates(IndexFields.Text, term) is not { } states) continue;
            BytesRef? bytes = null;
            foreach (var leaf in snapshot.Reader.Leaves)
            {
                var from = DocListFilter.LowerBound(sections, leaf.DocBase);
                var to = DocListFilter.LowerBound(sections, leaf.DocBase + leaf.AtomicReader.MaxDoc);
                if (from == to || states.Get(leaf.Ord) is not { } state) continue;
                bytes ??= new BytesRef(term);
                if (postings.Docs(leaf, IndexFields.Text, bytes, state, null) is not { } docs) continue;
                for (var i = from; i < to; i++)
                {
                    var target = sections[i] - leaf.DocBase;
                    var doc = docs.DocID < target ? docs.Advance(target) : docs.DocID;
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (doc == target) masks[i] |= 1UL << group;
                }
            }
        }
        return masks;
    }
}
