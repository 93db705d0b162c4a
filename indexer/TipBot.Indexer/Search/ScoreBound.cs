using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>
/// The most a rewritten query can score for any document under BM25, worked out from its tree: the bound of a
/// <see cref="TopDocsMaxScore"/> group. Null when the tree holds a query whose score it cannot bound.
/// </summary>
/// <remarks>
/// BM25 scores a term (or a phrase) <c>idf * boost * (k1 + 1) * freq / (freq + norm)</c> with a positive norm, so
/// below <c>idf * boost * (k1 + 1)</c> whatever the frequency and length; a phrase's idf is the sum of its terms'.
/// A disjunction-max scores <c>max + tie * (sum - max)</c> and a boolean query the sum of its clauses (BM25 has no
/// coordination factor); both only grow when a clause's score grows, so the same formulas over the clauses' bounds
/// bound them. Boosts multiply down the tree as the weights' top-level boosts do. Anything else (fuzzy and other
/// multi-term queries, constant scores, function queries) has no bound here, and the caller searches plainly.
/// </remarks>
internal static class ScoreBound
{
    // Lucene computes in floats, each step rounding by at most half a unit in the last place; a few dozen steps
    // cannot come near this, and a looser bound only costs a little skipping.
    private const double Margin = 1 + 1e-4;

    /// <param name="k1">BM25's term-frequency saturation (<see cref="Lucene.Net.Search.Similarities.BM25Similarity.K1"/>).</param>
    public static double? Of(Query rewritten, IndexSearcher searcher, float k1)
    {
        var inner = Unscaled(rewritten, searcher, k1 + 1.0);
        return inner is { } b ? b * Margin : null;
    }

    private static double? Unscaled(Query q, IndexSearcher searcher, double saturation)
    {
        double? inner = q switch
        {
            PooledTermQuery t => Idf(t.DocFreq, searcher) * saturation,
            TermQuery t => Idf(searcher.IndexReader.DocFreq(t.Term), searcher) * saturation,
            PhraseQuery p => p.GetTerms().Sum(t => Idf(searcher.IndexReader.DocFreq(t), searcher)) * saturation,
            OrderedDisjunctionMaxQuery d => DisMax(d.Disjuncts, d.TieBreakerMultiplier, searcher, saturation),
            DisjunctionMaxQuery d => DisMax(d.Disjuncts, d.TieBreakerMultiplier, searcher, saturation),
            BooleanQuery b => Sum(b, searcher, saturation),
            _ => null,
        };
        return inner * q.Boost;
    }

    private static double? DisMax(IEnumerable<Query> disjuncts, float tie, IndexSearcher searcher, double saturation)
    {
        double max = 0, sum = 0;
        foreach (var disjunct in disjuncts)
        {
            if (Unscaled(disjunct, searcher, saturation) is not { } b) return null;
            max = Math.Max(max, b);
            sum += b;
        }
        return max + tie * (sum - max);
    }

    private static double? Sum(BooleanQuery b, IndexSearcher searcher, double saturation)
    {
        double sum = 0;
        foreach (var clause in b.Clauses)
        {
            // A prohibited clause only removes documents; it adds nothing to a score.
            if (clause.Occur == Occur.MUST_NOT) continue;
            if (Unscaled(clause.Query, searcher, saturation) is not { } c) return null;
            sum += c;
        }
        return sum;
    }

    // BM25Similarity.Idf over the searcher's maxDoc (what CollectionStatistics.MaxDoc is), in doubles.
    private static double Idf(long docFreq, IndexSearcher searcher)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        return Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5));
    }
}
