using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// The top <c>n</c> documents of a query of optional groups, the same documents in the same order with the same scores
/// as <c>IndexSearcher.Search(query, filter, n)</c>, without scoring the documents that cannot reach the top (MaxScore).
/// </summary>
/// <remarks>
/// <para>
/// Lucene 4.8 scores every document a question's words match, and a common word with synonyms over four fields matches
/// most of the library. Here each group (a clause of the top-level query) gets a bound on its score
/// (<see cref="ScoreBound"/>). Once <c>n</c> documents are held, the groups with the smallest bounds whose bounds
/// together do not exceed the n-th score cannot bring a document into the top on their own: documents are found only
/// in the postings of the other ("essential") groups, and the others are moved to a candidate only while its score so
/// far plus their bounds can still beat the n-th score.
/// </para>
/// <para>
/// Exactness, against Lucene 4.8.0-beta00017: with a filter the searcher runs a <see cref="FilteredQuery"/> whose
/// default (random-access) strategy takes the boolean weight's scorer, not its out-of-order bulk scorer, with the
/// filter's bits (or iterator) deciding which documents count; without one it runs the boolean bulk scorer over the
/// live documents. Either way a document's score is its matching clauses' scores, each from the clause's own weight
/// (created and normalised here as the searcher does: BM25 ignores the query norm and the top-level boost is 1),
/// summed in a double and cast to float, times a coordination factor BM25 leaves at 1. Their order of summing differs
/// between Lucene's scorers; every order gives the same double when the sum is exact, which holds when it is less than
/// 2^29 times its smallest positive term (all terms are then multiples of that term's last float bit, and the sum fits
/// 53 bits). A candidate whose sum does not meet that, or a negative or infinite score, sends the query to the plain
/// search, as does any query this cannot bound. Ties are broken as Lucene's collectors do (score descending, then doc
/// ascending): documents are visited in increasing doc order, so a document tied with the n-th never displaces it.
/// </para>
/// </remarks>
internal static class TopDocsMaxScore
{
    // Sums below this many times their smallest positive term are exact in a double (see remarks).
    private const double ExactSumRatio = 1 << 29;

    /// <summary>As <see cref="Plain"/>; its <see cref="TopDocs.TotalHits"/> counts only the documents scored in full.</summary>
    public static TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, int n)
    {
        // Skipping moves scorers by other paths than a plain search does; only ordered sums score alike on every path.
        // Each search rewrites a copy of its own (rewriting changes a tree in place).
        if (n <= 0 || Groups(searcher, OrderedDisjunctionMaxQuery.CopyOf(query)) is not { } groups) return Plain(searcher, query, filter, n);
        var top = new TopHeap(Math.Min(n, Math.Max(1, searcher.IndexReader.MaxDoc)));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (!Collect(leaf, groups, filter, top)) return Plain(searcher, query, filter, n);
        }
        return top.ToTopDocs();
    }

    /// <summary>What <see cref="Search"/> stands for: Lucene's own search of the query with ordered disjunctions.</summary>
    public static TopDocs Plain(IndexSearcher searcher, Query query, Filter? filter, int n) =>
        searcher.Search(OrderedDisjunctionMaxQuery.CopyOf(query), filter, n);

    private readonly record struct Group(Weight Weight, double Bound);

    /// <summary>The query's clauses as weights with bounds, smallest bound first; null when the query is not a plain disjunction of boundable clauses under BM25.</summary>
    private static Group[]? Groups(IndexSearcher searcher, Query query)
    {
        if (searcher.Similarity.GetType() != typeof(BM25Similarity)) return null;
        // One clause is rewritten away (nothing to skip for), boosts and minimum matches change scores or matches.
        if (query is not BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0 } top || top.Clauses.Count < 2) return null;
        var k1 = ((BM25Similarity)searcher.Similarity).K1;
        var groups = new Group[top.Clauses.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var clause = top.Clauses[i];
            if (clause.Occur != Occur.SHOULD) return null;
            var rewritten = searcher.Rewrite(clause.Query);
            if (ScoreBound.Of(rewritten, searcher, k1) is not { } bound) return null;
            groups[i] = new Group(searcher.CreateNormalizedWeight(rewritten), bound);
        }
        Array.Sort(groups, (a, b) => a.Bound.CompareTo(b.Bound));
        return groups;
    }

    /// <summary>Offers one segment's competitive documents to <paramref name="top"/>; false when a score could not be summed exactly.</summary>
    private static bool Collect(AtomicReaderContext leaf, Group[] groups, Filter? filter, TopHeap top)
    {
        IBits? accept = leaf.AtomicReader.LiveDocs;
        DocIdSetIterator? filterDocs = null;
        if (filter is not null)
        {
            var set = filter.GetDocIdSet(leaf, accept);
            if (set is null) return true;
            // As FilteredQuery: random access through the filter's bits, else walking its iterator beside the scorers
            // (whose accepted documents are then all, the filter having taken the live ones into account).
            if (set.Bits is { } bits) accept = bits;
            else
            {
                filterDocs = set.GetIterator();
                if (filterDocs is null) return true;
                accept = null;
            }
        }

        var scorers = new Scorer[groups.Length];
        var upTo = new double[groups.Length + 1];
        var m = 0;
        foreach (var g in groups)
        {
            if (g.Weight.GetScorer(leaf, accept) is not { } scorer) continue;
            scorers[m] = scorer;
            // upTo[i]: the most the i weakest groups of this segment can add together.
            upTo[m + 1] = upTo[m] + g.Bound;
            m++;
        }
        const int none = DocIdSetIterator.NO_MORE_DOCS;
        var docBase = leaf.DocBase;
        var essential = 0;
        while (top.Full && essential < m && upTo[essential + 1] <= top.Threshold) essential++;
        while (essential < m)
        {
            var doc = none;
            for (var i = essential; i < m; i++)
            {
                var d = scorers[i].DocID;
                if (d < 0) d = scorers[i].NextDoc();
                if (d < doc) doc = d;
            }
            if (doc == none) break;
            if (filterDocs is not null)
            {
                var allowed = filterDocs.DocID < doc ? filterDocs.Advance(doc) : filterDocs.DocID;
                if (allowed == none) break;
                if (allowed != doc)
                {
                    for (var i = essential; i < m; i++)
                    {
                        if (scorers[i].DocID < allowed) scorers[i].Advance(allowed);
                    }
                    continue;
                }
            }

            var sum = 0.0;
            var least = float.PositiveInfinity;
            for (var i = essential; i < m; i++)
            {
                if (scorers[i].DocID != doc) continue;
                if (!Add(ref sum, ref least, scorers[i].GetScore())) return false;
                scorers[i].NextDoc();
            }
            var competitive = true;
            for (var i = essential - 1; i >= 0; i--)
            {
                // A document tied with the n-th comes after it in doc order and stays out, so "not above" is out.
                if (sum + upTo[i + 1] <= top.Threshold)
                {
                    competitive = false;
                    break;
                }
                var d = scorers[i].DocID;
                if (d < doc) d = scorers[i].Advance(doc);
                if (d == doc && !Add(ref sum, ref least, scorers[i].GetScore())) return false;
            }
            if (!competitive) continue;
            if (least != float.PositiveInfinity && !(sum < least * ExactSumRatio)) return false;
            if (top.Offer(docBase + doc, (float)sum))
            {
                while (top.Full && essential < m && upTo[essential + 1] <= top.Threshold) essential++;
            }
        }
        return true;
    }

    private static bool Add(ref double sum, ref float least, float score)
    {
        if (!(score >= 0) || float.IsPositiveInfinity(score)) return false;
        sum += score;
        if (score > 0 && score < least) least = score;
        return true;
    }

    /// <summary>The best documents so far, the weakest on top: lower score, or the same score and a higher doc.</summary>
    private sealed class TopHeap(int capacity)
    {
        private readonly float[] _scores = new float[capacity];
        private readonly int[] _docs = new int[capacity];
        private int _count;
        private int _offered;

        public bool Full => _count == capacity;

        /// <summary>The n-th best score once full.</summary>
        public float Threshold => _scores[0];

        /// <summary>Keeps the document if it is among the best; documents arrive in increasing doc order.</summary>
        public bool Offer(int doc, float score)
        {
            _offered++;
            if (_count < capacity)
            {
                var i = _count++;
                _scores[i] = score;
                _docs[i] = doc;
                Up(i);
                return true;
            }
            if (!(score > _scores[0])) return false;
            _scores[0] = score;
            _docs[0] = doc;
            Down(0);
            return true;
        }

        public TopDocs ToTopDocs()
        {
            if (_count == 0) return new TopDocs(_offered, [], float.NaN);
            var result = new ScoreDoc[_count];
            for (var i = _count - 1; i >= 0; i--)
            {
                result[i] = new ScoreDoc(_docs[0], _scores[0]);
                _count--;
                _scores[0] = _scores[_count];
                _docs[0] = _docs[_count];
                Down(0);
            }
            return new TopDocs(_offered, result, result[0].Score);
        }

        private bool Weaker(int a, int b) => _scores[a] < _scores[b] || (_scores[a] == _scores[b] && _docs[a] > _docs[b]);

        private void Up(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Weaker(i, parent)) return;
                Swap(i, parent);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var weakest = i;
                var left = 2 * i + 1;
                if (left < _count && Weaker(left, weakest)) weakest = left;
                if (left + 1 < _count && Weaker(left + 1, weakest)) weakest = left + 1;
                if (weakest == i) return;
                Swap(i, weakest);
                i = weakest;
            }
        }

        private void Swap(int a, int b)
        {
            (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
            (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
        }
    }
}
