using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>
/// The highest score each term reaches in its field (BM25 at boost 1) over every entry of a searcher's reader, read
/// from the term's postings the first time it is asked and remembered per searcher: the tight bound of a term clause.
/// </summary>
/// <remarks>
/// <c>idf * (k1 + 1)</c> bounds a term's score whatever its frequency and field length, but a term once in a field of
/// ordinary length reaches less than half of it, and a bound that loose rarely lets <see cref="TopDocsMaxScore"/>
/// skip anything. The score is linear in the boost, so a clause's bound is this times its boosts. Deleted entries are
/// counted too (a bound over more documents is still a bound). A snapshot's searcher never changes its reader or
/// similarity, so the remembered values stay right for as long as the searcher lives.
/// </remarks>
internal sealed class TermMaxScores
{
    private static readonly ConditionalWeakTable<IndexSearcher, TermMaxScores> BySearcher = new();

    // Question words repeat (Zipf); a few tens of thousands of field terms cover most traffic.
    private readonly BoundedCache<Term, float> _max = new(65_536);
    private readonly IndexSearcher _searcher;

    private TermMaxScores(IndexSearcher searcher) => _searcher = searcher;

    public static TermMaxScores Of(IndexSearcher searcher) => BySearcher.GetValue(searcher, s => new TermMaxScores(s));

    /// <summary>The highest score <paramref name="term"/> gives any entry at boost 1 (0 when no entry has it).</summary>
    public float Max(Term term) => _max.GetOrAdd(term, Read);

    private float Read(Term term)
    {
        var weight = _searcher.CreateNormalizedWeight(new TermQuery(term));
        var max = 0f;
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, null) is not { } scorer) continue;
            while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) max = Math.Max(max, scorer.GetScore());
        }
        return max;
    }
}
