using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// The top <c>n</c> documents of a question's query, the same documents in the same order with the same scores as
/// Lucene's own search of it (<see cref="Plain"/>), without scoring the documents that cannot reach the top (MaxScore).
/// </summary>
/// <remarks>
/// <para>
/// Lucene 4.8 scores every document a question's words match, and a common word with synonyms over four fields matches
/// most of the library, nearly always in the body, where it scores little. Here every term and phrase of the query is
/// a leaf with a bound on its score (its highest score in the index, <see cref="TermMaxScores"/>, times its boosts).
/// Once <c>n</c> documents are held, the leaves with the smallest bounds that together (through the query's own
/// combination of sums and disjunction-max, <see cref="ScoreTree"/>) cannot beat the n-th score are non-essential:
/// documents are found only in the postings of the other leaves, and a candidate is scored in full only when its
/// known scores plus the non-essential leaves' bounds can still beat the n-th score.
/// </para>
/// <para>
/// Where a segment's terms have their highest scores per block known (<see cref="TermScoreBlocks"/>, read with the
/// maxima), the segment is walked block by block: a block in which not even every leaf at its highest score there can
/// beat the n-th score is passed over, and in the others the non-essential leaves are bounded by their block's highest
/// score instead of their overall one, so far fewer candidates are scored in full.
/// </para>
/// <para>
/// The walk goes window by window (a block, or a stretch of the same size without block maxima): the essential
/// leaves' postings in a window are read leaf by leaf into a table per document (<see cref="WindowPostings"/>), so a
/// document costs its own postings, not a look at every essential leaf (a misspelt word has tens). A candidate's
/// bound is carried up the tree from its own leaves (<see cref="ScoreTree.Bound(ReadOnlySpan{int}, float[])"/>).
/// </para>
/// <para>
/// A common term whose postings the snapshot decoded at open (<see cref="DecodedPostings"/>) is walked through its
/// arrays (<see cref="DecodedCursor"/>): a skip is a search in the doc array instead of Lucene's <c>Advance</c>, and
/// a posting costs an array read instead of Lucene's decoding, with the scores its scorer would give.
/// </para>
/// <para>
/// Exactness, against Lucene 4.8.0-beta00017: with a filter the searcher runs a <see cref="FilteredQuery"/> whose
/// default strategy takes the query weight's scorer with the filter's bits as accepted documents, or walks the
/// filter's iterator beside it (leaving the scorer every document); without one it runs the boolean bulk scorer over
/// the live documents. The same leaves' scorers are asked here with the same accepted documents, a document's score is
/// put together from them as those scorers do (<see cref="ScoreTree"/>), and a score that could depend on the order of
/// summing sends the question to the plain search, as does a query the tree cannot hold. The disjunction-max nodes are
/// <see cref="OrderedDisjunctionMaxQuery"/>s: Lucene's own sums their clauses in an order that depends on how its
/// scorer was moved, so only an ordered one scores alike on every path. Ties are broken as Lucene's collectors do
/// (score descending, then doc ascending): documents are visited in increasing doc order, so a document tied with the
/// n-th never displaces it.
/// </para>
/// </remarks>
internal static class TopDocsMaxScore
{
    /// <summary>
    /// Below this many postings over the query's terms the plain search is cheaper than setting up the skipping (a
    /// tree, a weight and a scorer per leaf, bounds): it answers the question, with the same result.
    /// </summary>
    public const int DefaultMinPostings = 4096;

    /// <summary>As <see cref="Plain"/>; its <see cref="TopDocs.TotalHits"/> counts only the documents scored in full.</summary>
    /// <param name="minPostings">Questions whose terms have fewer postings than this are searched plainly.</param>
    public static TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, int n, int minPostings = DefaultMinPostings)
    {
        // Each search rewrites a copy of its own (rewriting changes a tree in place).
        if (n <= 0 || Postings(query, minPostings) < minPostings || Tree(searcher, OrderedDisjunctionMaxQuery.CopyOf(query)) is not { } tree) return Plain(searcher, query, filter, n);
        var top = new TopHeap(Math.Min(n, Math.Max(1, searcher.IndexReader.MaxDoc)));
        var state = Reused ?? new Candidate();
        // Taken while in use: a search started inside this one (none does today) gets its own.
        Reused = null;
        try
        {
            state.Prepare(tree.Leaves.Count);
            var maxima = TermMaxScores.Of(searcher);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (!Collect(leaf, tree, filter, top, state, maxima)) return Plain(searcher, query, filter, n);
            }
            return top.ToTopDocs();
        }
        finally
        {
            state.Release();
            Reused = state;
        }
    }

    // One search's working state per thread, kept for the next: its slots and cursors per leaf were made anew for every
    // leaf of every segment (at 100,000 documents most of the document query's garbage).
    [ThreadStatic]
    private static Candidate? Reused;

    // The postings of the query's pooled terms, counted up to the limit (a term without known states counts as the limit).
    private static long Postings(Query q, long limit)
    {
        switch (q)
        {
            case PooledTermQuery t:
                return t.DocFreq;
            case BooleanQuery b:
            {
                long sum = 0;
                foreach (var c in b.Clauses)
                {
                    if ((sum += Postings(c.Query, limit)) >= limit) break;
                }
                return sum;
            }
            case DisjunctionMaxQuery d:
            {
                long sum = 0;
                foreach (var c in d.Disjuncts)
                {
                    if ((sum += Postings(c, limit)) >= limit) break;
                }
                return sum;
            }
            default:
                return limit;
        }
    }

    /// <summary>What <see cref="Search"/> stands for: Lucene's own search of the query with ordered disjunctions.</summary>
    public static TopDocs Plain(IndexSearcher searcher, Query query, Filter? filter, int n) =>
        searcher.Search(OrderedDisjunctionMaxQuery.CopyOf(query), filter, n);

    private static ScoreTree? Tree(IndexSearcher searcher, Query query)
    {
        // BM25 has no coordination factor or query norm, which the tree leaves out.
        return Bm25Tables.Of(searcher.Similarity) is { } bm25 ? ScoreTree.Of(searcher.Rewrite(query), searcher, bm25.K1) : null;
    }

    /// <summary>
    /// A candidate's matching leaves and their scores, the leaf values a bound is worked out from, and the leaves' slots in
    /// the segment at hand; reused from search to search (a leaf's score is only read where it was just set).
    /// </summary>
    private sealed class Candidate
    {
        public readonly List<int> Hits = [];
        public float[] Score = [];
        public double[] Value = [];
        // The leaf values of a window's baseline, beside Value's (WindowBaseline).
        public double[] Base = [];
        public readonly WindowPostings Window = new();
        public Slot[] Slots = [];

        /// <summary>Room for a query of <paramref name="leaves"/> leaves.</summary>
        public void Prepare(int leaves)
        {
            if (Score.Length < leaves)
            {
                Score = new float[leaves];
                Value = new double[leaves];
                Base = new double[leaves];
            }
            if (Slots.Length < leaves)
            {
                var slots = new Slot[Math.Max(leaves, 2 * Slots.Length)];
                Slots.CopyTo(slots, 0);
                for (var i = Slots.Length; i < slots.Length; i++) slots[i] = new Slot();
                Slots = slots;
            }
        }

        /// <summary>Lets go of the search's scorers and postings, so the state kept for the next search holds no snapshot.</summary>
        public void Release()
        {
            foreach (var slot in Slots) slot.Release();
        }
    }

    /// <summary>Offers one segment's competitive documents to <paramref name="top"/>; false when a score could not be put together exactly.</summary>
    /// <param name="maxima">The searcher's term maxima, whose warm-up kept its fields' norms as bytes (<see cref="TermMaxScores.NormBytes"/>).</param>
    private static bool Collect(AtomicReaderContext leaf, ScoreTree tree, Filter? filter, TopHeap top, Candidate c, TermMaxScores maxima)
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

        // The segment's leaves with postings, weakest bound first.
        var s = c.Slots;
        var m = 0;
        var windowed = false;
        for (var l = 0; l < tree.Leaves.Count; l++)
        {
            c.Value[l] = 0;
            c.Base[l] = 0;
            var treeLeaf = tree.Leaves[l];
            var blocks = treeLeaf.Blocks?.Of(leaf.Ord);
            var slot = s[m];
            // A common term's postings decoded at open are walked as arrays, scored with the weight value and length
            // table its own scorer would use (the same floats); any other leaf through its scorer.
            if (blocks?.Postings is { } decoded && treeLeaf.Weight is PooledTermQuery.PooledWeight pooled
                && pooled.ScoresAsBm25(out var weightValue, out var table) && ReferenceEquals(table, decoded.LengthPart.Table))
            {
                slot.Start(l, null, treeLeaf.Bound, treeLeaf.Scale, blocks).StartDecoded(decoded, weightValue, accept);
            }
            else if (treeLeaf.Weight is PooledTermQuery.PooledWeight plain && plain.ScoresAsBm25(out weightValue, out table))
            {
                // Its scorer's postings, scored here as the scorer would: no scorer objects per leaf and segment.
                if (plain.Postings(leaf, accept) is not { } docs) continue;
                slot.Start(l, null, treeLeaf.Bound, treeLeaf.Scale, blocks)
                    .StartPostings(docs, weightValue, plain.K1, table, plain.Norms(leaf), maxima.NormBytes(plain.Term.Field, leaf.Ord));
            }
            else if (treeLeaf.Weight.GetScorer(leaf, accept) is { } scorer) slot.Start(l, scorer, treeLeaf.Bound, treeLeaf.Scale, blocks);
            else continue;
            windowed |= blocks is not null;
            m++;
        }
        // The same sort as a list's of these slots in this order (the same introsort), so ties keep the order they had.
        s.AsSpan(0, m).Sort(static (a, b) => a.Bound.CompareTo(b.Bound));

        const int none = DocIdSetIterator.NO_MORE_DOCS;
        var docBase = leaf.DocBase;
        var essential = 0;
        // The n-th score at which the next leaf can become non-essential.
        var widenAt = double.NegativeInfinity;
        Widen();
        var window = c.Window;
        var next = 0;
        while (next != none)
        {
            // A window is a block of the block maxima; without them, a stretch of the same size.
            var windowStart = next >> TermScoreBlocks.Shift << TermScoreBlocks.Shift;
            var windowEnd = windowStart + TermScoreBlocks.BlockSize;
            var block = windowStart >> TermScoreBlocks.Shift;
            if (windowed && top.Full && !WindowBaseline(block, windowEnd))
            {
                // Not even every leaf at its highest score in this block beats the n-th: nothing here can.
                next = NextStart(windowEnd);
                continue;
            }
            if (filterDocs is not null)
            {
                var allowed = filterDocs.DocID < windowStart ? filterDocs.Advance(windowStart) : filterDocs.DocID;
                if (allowed == none) return true;
                if (allowed >= windowEnd)
                {
                    next = allowed;
                    continue;
                }
            }

            // The essential leaves' postings in the window, leaf by leaf; the leaves essential now are known exactly
            // in it, so the baseline takes them at 0 even once they stop being essential.
            window.Clear();
            var read = essential;
            for (var i = read; i < m; i++)
            {
                var slot = s[i];
                var d = slot.At;
                if (d < windowStart) d = slot.Advance(windowStart);
                if (d >= windowEnd)
                {
                    slot.At = d;
                    continue;
                }
                // Decoded postings from their arrays; a pooled term's postings read directly, and BM25 scored without
                // a virtual call; any other leaf (or similarity) through its scorer, which computes the same.
                if (slot.Decoded is { } decodedCursor) d = decodedCursor.Fill(window, slot.Leaf, windowStart, windowEnd);
                else if (slot.Docs is { } docs)
                {
                    do
                    {
                        window.Add(d - windowStart, slot.Leaf, slot.Bm25(d, docs.Freq));
                        d = docs.NextDoc();
                    }
                    while (d < windowEnd);
                }
                else
                {
                    var scorer = slot.Scorer!;
                    do
                    {
                        window.Add(d - windowStart, slot.Leaf, scorer.GetScore());
                        d = scorer.NextDoc();
                    }
                    while (d < windowEnd);
                }
                slot.At = d;
            }

            for (var local = window.NextDocument(0); local >= 0; local = local + 1 < TermScoreBlocks.BlockSize ? window.NextDocument(local + 1) : -1)
            {
                var doc = windowStart + local;
                if (filterDocs is not null)
                {
                    var allowed = filterDocs.DocID < doc ? filterDocs.Advance(doc) : filterDocs.DocID;
                    if (allowed == none) return true;
                    if (allowed != doc) continue;
                }
                if (essential > 0)
                {
                    // The baseline plus the sum of its scores first, which needs no walk up the tree: most candidates end here.
                    if (tree.LooseBound(window.Sum(local)) <= top.Threshold) continue;
                    window.Read(local, c.Hits, c.Score);
                    // A document tied with the n-th comes after it in doc order and stays out, so "not above" is out.
                    if (tree.Bound(CollectionsMarshal.AsSpan(c.Hits), c.Score) <= top.Threshold) continue;
                    // The leaves not read into the window (those read are positioned past it).
                    for (var i = 0; i < essential; i++)
                    {
                        var slot = s[i];
                        if (slot.At < doc) slot.At = slot.Advance(doc);
                        if (slot.At != doc) continue;
                        c.Hits.Add(slot.Leaf);
                        c.Score[slot.Leaf] = slot.Score();
                    }
                }
                else window.Read(local, c.Hits, c.Score);
                var total = tree.Score(CollectionsMarshal.AsSpan(c.Hits), c.Score);
                if (float.IsNaN(total)) return false;
                if (top.Offer(docBase + doc, total) && Widen() && windowed) ReadWindowBaseline(block, read, windowEnd);
            }
            next = NextStart(windowEnd);
        }
        return true;

        // Moves leaves to the non-essential side while even all of them at their bounds cannot beat the n-th score,
        // then keeps the tree's baseline: the non-essential leaves at their bounds, the others at 0. True when it moved any.
        bool Widen()
        {
            if (!top.Full || top.Threshold < widenAt) return false;
            var before = essential;
            while (essential < m)
            {
                for (var i = 0; i < m; i++) c.Value[s[i].Leaf] = i <= essential ? s[i].Bound : 0;
                widenAt = tree.Bound(c.Value);
                if (widenAt > top.Threshold) break;
                essential++;
            }
            if (essential == before) return false;
            for (var i = 0; i < m; i++) c.Value[s[i].Leaf] = i < essential ? s[i].Bound : 0;
            tree.SetBaseline(c.Value);
            return true;
        }

        // The leaves' bounds in this block (its highest score where known, else the leaf's bound): false when all of
        // them together cannot beat the n-th score; otherwise the tree's baseline takes the non-essential leaves at them.
        // Both in one pass over the tree: nearly every window read is not passed over (its baseline is then left
        // unused, and the next window's replaces it).
        bool WindowBaseline(int block, int windowEnd)
        {
            for (var i = 0; i < m; i++)
            {
                var bound = s[i].WindowBound(block, windowEnd);
                c.Value[s[i].Leaf] = bound;
                c.Base[s[i].Leaf] = i < essential ? bound : 0;
            }
            return (essential == 0 ? tree.Bound(c.Value) : tree.BoundAndBaseline(c.Value, c.Base)) > top.Threshold;
        }

        // After leaves stopped being essential inside a window: the baseline takes the ones not read into it (below
        // index read) at their bounds in its block, and those read at 0, their scores there being known.
        void ReadWindowBaseline(int block, int read, int windowEnd)
        {
            for (var i = 0; i < m; i++) c.Value[s[i].Leaf] = i < read ? s[i].WindowBound(block, windowEnd) : 0;
            tree.SetBaseline(c.Value);
        }

        // Where the next window that can hold a competitive document starts: each essential leaf's next document where
        // it is positioned past this window, else its next block with postings, else its next document. A window with
        // postings of non-essential leaves only holds none: together they cannot beat the n-th score.
        int NextStart(int windowEnd)
        {
            var first = none;
            for (var i = essential; i < m; i++)
            {
                var slot = s[i];
                // Decoded postings skip to their next doc itself, which costs no more than finding its block.
                var d = slot.At >= windowEnd ? slot.At : slot.Blocks is not null && slot.Decoded is null ? slot.NextBlockStart(windowEnd) : slot.At = slot.Advance(windowEnd);
                if (d < first) first = d;
            }
            return first;
        }
    }

    /// <summary>A leaf present in a segment: its scorer (or decoded postings) and current doc, its bound, and its block maxima there if known.</summary>
    /// <remarks>Reused from segment to segment and search to search (<see cref="Start"/>), with its decoded postings' cursor.</remarks>
    private sealed class Slot
    {
        public int Leaf;
        public Scorer? Scorer;
        public DecodedCursor? Decoded;
        public DocsEnum? Docs;
        private float _weightValue;
        private float _k1;
        private float[] _table = [];
        private NumericDocValues? _norms;
        // The same norms as bytes where the warm-up kept them (TermMaxScores.NormBytes): read instead of _norms.
        private byte[]? _normBytes;
        public double Bound;
        public TermScoreBlocks.Segment? Blocks;
        // Its blocks' numbers and maxima (Blocks's), read once per segment: every window asks for its bound there.
        private int[]? _blockNumbers;
        private float[] _blockMaxima = [];
        public int At = -1;
        private double _scale;
        // The first of its blocks at or after the current one.
        private int _cursor;
        private readonly DecodedCursor _decoded = new();

        /// <summary>Makes it leaf <paramref name="leaf"/>'s slot in a new segment, walked through <paramref name="scorer"/> (or decoded postings after <see cref="StartDecoded"/>).</summary>
        public Slot Start(int leaf, Scorer? scorer, double bound, double scale, TermScoreBlocks.Segment? blocks)
        {
            Leaf = leaf;
            Scorer = scorer;
            Decoded = null;
            Docs = null;
            Bound = bound;
            _scale = scale;
            Blocks = blocks;
            _blockNumbers = blocks?.Blocks;
            _blockMaxima = blocks?.Maxima ?? [];
            At = -1;
            _cursor = 0;
            return this;
        }

        /// <summary>Walks a pooled term's postings instead of a scorer, scoring them as its BM25 scorer would (<see cref="Bm25Tables.DocScorer"/>).</summary>
        /// <param name="normBytes">Every doc's byte of <paramref name="norms"/> (<see cref="Bm25Tables.DocScorer.NormIndex"/>), when known: read instead.</param>
        public void StartPostings(DocsEnum docs, float weightValue, float k1, float[] table, NumericDocValues? norms, byte[]? normBytes)
        {
            Docs = docs;
            _weightValue = weightValue;
            _k1 = k1;
            _table = table;
            _norms = norms;
            _normBytes = norms is null ? null : normBytes;
        }

        /// <summary>The score of <paramref name="doc"/> at <paramref name="freq"/> in its postings (<see cref="StartPostings"/>), the same float as its scorer's.</summary>
        public float Bm25(int doc, float freq) => Bm25Tables.DocScorer.Score(_weightValue, freq,
            _normBytes is { } bytes ? _table[bytes[doc]] : Bm25Tables.DocScorer.LengthPart(_k1, _table, _norms, doc));

        /// <summary>Walks the segment's decoded postings instead of a scorer (<see cref="DecodedCursor"/>).</summary>
        public void StartDecoded(DecodedPostings postings, float weightValue, IBits? accept) => Decoded = _decoded.Start(postings, weightValue, accept);

        /// <summary>Lets go of the segment's scorer, blocks and postings.</summary>
        public void Release()
        {
            Scorer = null;
            Docs = null;
            _norms = null;
            _normBytes = null;
            _table = [];
            Blocks = null;
            _blockNumbers = null;
            _blockMaxima = [];
            if (Decoded is not null) _decoded.Release();
            Decoded = null;
        }

        /// <summary>Its first doc at or after <paramref name="target"/> (beyond the current one), as its scorer's <c>Advance</c>.</summary>
        public int Advance(int target) => Decoded is { } decoded ? decoded.Advance(target) : Docs is { } docs ? docs.Advance(target) : Scorer!.Advance(target);

        /// <summary>Its score on the current doc.</summary>
        public float Score() => Decoded is { } decoded ? decoded.Score() : Docs is { } docs ? Bm25(docs.DocID, docs.Freq) : Scorer!.GetScore();

        /// <summary>
        /// Its bound in block <paramref name="block"/>, which ends before <paramref name="windowEnd"/>: the block's highest
        /// score times its boosts (0 without postings there), or its bound; 0 when it is positioned at or past the window's
        /// end (it was only ever moved to targets at or before the doc at hand, so it has no posting from there to that end).
        /// </summary>
        public double WindowBound(int block, int windowEnd)
        {
            if (At >= windowEnd) return 0;
            if (_blockNumbers is not { } numbers) return Bound;
            var at = _cursor;
            while (at < numbers.Length && numbers[at] < block) at++;
            _cursor = at;
            return at < numbers.Length && numbers[at] == block ? Math.Min(Bound, _blockMaxima[at] * _scale) : 0;
        }

        /// <summary>The first doc of its first block with postings at or after <paramref name="doc"/> (a block start).</summary>
        public int NextBlockStart(int doc)
        {
            var at = SeekBlock(doc >> TermScoreBlocks.Shift);
            return at < Blocks!.Blocks.Length ? Math.Max(doc, Blocks.Blocks[at] << TermScoreBlocks.Shift) : DocIdSetIterator.NO_MORE_DOCS;
        }

        // Moves the cursor to its first block numbered at least block (blocks are asked in increasing order) and returns it.
        private int SeekBlock(int block)
        {
            var numbers = Blocks!.Blocks;
            while (_cursor < numbers.Length && numbers[_cursor] < block) _cursor++;
            return _cursor;
        }
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
