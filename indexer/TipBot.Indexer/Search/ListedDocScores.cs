using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// A query's matches among a few listed docs, with the same scores in the same order as Lucene's search of it with
/// ordered disjunctions (<see cref="TopDocsMaxScore.Plain"/>) filtered to them (<see cref="DocListFilter"/>), without
/// Lucene's search: each leaf of the query's <see cref="ScoreTree"/> is moved to the listed docs only, and a doc's score
/// is put together from its leaves' scores as the tree does for the document query.
/// </summary>
/// <remarks>
/// The best sections of a page's documents (<see cref="TipSearchEngine"/>) spent a tenth of the slowest questions' time
/// at 100,000 tips in Lucene's filtered search: every phrase's weight made anew (its words looked up in every segment's
/// dictionary), a scorer object per clause and segment, and the disjunction scorers' heaps leap-frogging with the
/// filter. Here a phrase's weight comes from <see cref="PhraseWeights"/>, a pooled term's postings are read and scored as
/// its scorer would (<see cref="Bm25Tables.DocScorer"/>), and no bound is asked for (no term's maxima are read).
/// As with the filter, a term leaf sees every doc and a deleted doc is left out by the segment's live docs; a phrase
/// leaf sees only the listed docs (its score at a doc depends on that doc alone).
/// </remarks>
internal static class ListedDocScores
{
    /// <summary>
    /// The listed docs the query matches, by score descending and then doc ascending, as Lucene's collector orders them;
    /// null when the query is not a tree of optional boolean, disjunction-max, term and phrase nodes under BM25, or a
    /// score could depend on the order of summing (the caller then asks Lucene).
    /// </summary>
    /// <param name="docs">The listed docs (top-level ids), ascending and distinct.</param>
    public static ScoreDoc[]? Search(IndexSearcher searcher, Query query, int[] docs)
    {
        if (Bm25Tables.Of(searcher.Similarity) is not { } bm25) return null;
        // Rewritten as a copy: rewriting changes a tree in place (OrderedDisjunctionMaxQuery.CopyOf).
        if (ScoreTree.Of(searcher.Rewrite(OrderedDisjunctionMaxQuery.CopyOf(query)), searcher, bm25.K1, bounds: false) is not { } tree) return null;
        var leaves = tree.Leaves.Count;
        // Per listed doc and leaf: its score there, and whether it matched.
        var scores = new float[docs.Length * leaves];
        var matched = new bool[docs.Length * leaves];
        var deleted = new bool[docs.Length];
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            var from = DocListFilter.LowerBound(docs, segment.DocBase);
            var to = DocListFilter.LowerBound(docs, segment.DocBase + segment.AtomicReader.MaxDoc);
            if (from == to) continue;
            if (segment.AtomicReader.LiveDocs is { } live)
            {
                for (var i = from; i < to; i++) deleted[i] = !live.Get(docs[i] - segment.DocBase);
            }
            FixedBitSet? listed = null;
            for (var l = 0; l < leaves; l++) ScoreLeaf(tree.Leaves[l].Weight, segment, docs, from, to, l, leaves, scores, matched, ref listed);
        }

        var found = new List<ScoreDoc>();
        var hits = new List<int>(leaves);
        var leafScore = new float[leaves];
        for (var i = 0; i < docs.Length; i++)
        {
            hits.Clear();
            if (deleted[i]) continue;
            for (var l = 0; l < leaves; l++)
            {
                if (!matched[i * leaves + l]) continue;
                hits.Add(l);
                leafScore[l] = scores[i * leaves + l];
            }
            if (hits.Count == 0) continue;
            var score = tree.Score(CollectionsMarshal.AsSpan(hits), leafScore);
            if (float.IsNaN(score)) return null;
            found.Add(new ScoreDoc(docs[i], score));
        }
        // Lucene's collector's order: a higher score first, a tie to the lower doc (docs arrive in increasing order).
        found.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return [.. found];
    }

    // The listed docs of one segment (docs[from..to)) as its bits.
    private static FixedBitSet Listed(int[] docs, int from, int to, AtomicReaderContext segment)
    {
        var bits = new FixedBitSet(segment.AtomicReader.MaxDoc);
        for (var i = from; i < to; i++) bits.Set(docs[i] - segment.DocBase);
        return bits;
    }

    // Moves one leaf through the listed docs of one segment (docs[from..to)), noting its score at each it matches.
    private static void ScoreLeaf(Weight weight, AtomicReaderContext segment, int[] docs, int from, int to, int leaf, int leaves, float[] scores, bool[] matched,
        ref FixedBitSet? listed)
    {
        var docBase = segment.DocBase;
        // A pooled term's postings read directly and scored as its BM25 scorer would; any other leaf through its scorer.
        if (weight is PooledTermQuery.PooledWeight pooled && pooled.ScoresAsBm25(out var weightValue, out var table))
        {
            if (pooled.Postings(segment, null) is not { } postings) return;
            var norms = pooled.Norms(segment);
            var k1 = pooled.K1;
            for (var i = from; i < to; i++)
            {
                var target = docs[i] - docBase;
                var doc = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                if (doc == DocIdSetIterator.NO_MORE_DOCS) return;
                if (doc != target) continue;
                matched[i * leaves + leaf] = true;
                scores[i * leaves + leaf] = Bm25Tables.DocScorer.Score(weightValue, postings.Freq, Bm25Tables.DocScorer.LengthPart(k1, table, norms, doc));
            }
            return;
        }
        // Any other leaf (a synonym phrase) through its scorer, which sees only the listed docs: a phrase's Advance goes on to
        // the next doc where the phrase occurs, working out its sloppy frequency in every doc holding all its words on the
        // way, while the listed docs are a few of the segment's. A doc's score does not depend on the docs accepted.
        listed ??= Listed(docs, from, to, segment);
        if (weight.GetScorer(segment, listed) is not { } scorer) return;
        for (var i = from; i < to; i++)
        {
            var target = docs[i] - docBase;
            var doc = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (doc == DocIdSetIterator.NO_MORE_DOCS) return;
            if (doc != target) continue;
            matched[i * leaves + leaf] = true;
            scores[i * leaves + leaf] = scorer.GetScore();
        }
    }
}
