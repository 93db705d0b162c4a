using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// One search's walk over a term's <see cref="DecodedPostings"/> in a segment: the docs its scorer would give (only
/// accepted ones) and their scores, the same floats; a skip is a galloping search in the doc array.
/// </summary>
internal sealed class DecodedCursor
{
    private int[] _docs = [];
    private byte[] _freqs = [];
    private byte[] _norms = [];
    private float[] _parts = [];
    private float _weightValue;
    // The accepted docs: a bit set's words read directly (the document filter's case), any other bits through their interface.
    private long[]? _acceptWords;
    private IBits? _accept;
    // The current posting; its doc is accepted (or it is past the end).
    private int _at = -1;

    /// <summary>Puts the cursor before the first posting of <paramref name="postings"/>: one search reuses its cursors from segment to segment.</summary>
    /// <param name="weightValue">The term weight's <see cref="Bm25Tables.DocScorer.WeightValue"/>.</param>
    /// <param name="accept">The docs the scorer would have been asked for (null for all).</param>
    public DecodedCursor Start(DecodedPostings postings, float weightValue, IBits? accept)
    {
        _docs = postings.Docs;
        _freqs = postings.Freqs;
        _norms = postings.Norms;
        _parts = postings.LengthPart.Parts;
        _weightValue = weightValue;
        _acceptWords = accept is FixedBitSet bits ? bits.GetBits() : null;
        _accept = _acceptWords is null ? accept : null;
        _at = -1;
        return this;
    }

    /// <summary>Lets go of the postings and accepted docs, so a cursor kept for later holds no snapshot's arrays.</summary>
    public void Release()
    {
        _docs = [];
        _freqs = [];
        _norms = [];
        _parts = [];
        _acceptWords = null;
        _accept = null;
        _at = -1;
    }

    /// <summary>The first accepted doc at or after <paramref name="target"/>, past the current one.</summary>
    public int Advance(int target)
    {
        var docs = _docs;
        var lo = _at;
        if (lo + 1 >= docs.Length) return Settle(docs.Length);
        if (docs[lo + 1] >= target) return Settle(lo + 1);
        // docs[lo] < target (or lo is before the start): double the step until past it, then halve back.
        var step = 1;
        var hi = lo + 1;
        while (hi < docs.Length && docs[hi] < target)
        {
            lo = hi;
            hi = lo + step;
            step <<= 1;
        }
        if (hi > docs.Length) hi = docs.Length;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >>> 1;
            if (docs[mid] < target) lo = mid;
            else hi = mid;
        }
        return Settle(hi);
    }

    /// <summary>The score of the current doc, as the term's scorer gives it.</summary>
    public float Score()
    {
        float freq = _freqs[_at];
        return Bm25Tables.DocScorer.Score(_weightValue, freq, _parts[_norms[_at]]);
    }

    /// <summary>
    /// Adds the current doc and every further one before <paramref name="windowEnd"/> to <paramref name="window"/>
    /// (as leaf <paramref name="leaf"/>, at its place after <paramref name="windowStart"/>); returns the doc it stops on.
    /// </summary>
    public int Fill(WindowPostings window, int leaf, int windowStart, int windowEnd)
    {
        var docs = _docs;
        var freqs = _freqs;
        var norms = _norms;
        var parts = _parts;
        var weightValue = _weightValue;
        var p = _at;
        for (; p < docs.Length; p++)
        {
            var doc = docs[p];
            if (doc >= windowEnd) break;
            if (!Accepts(doc)) continue;
            float freq = freqs[p];
            window.Add(doc - windowStart, leaf, Bm25Tables.DocScorer.Score(weightValue, freq, parts[norms[p]]));
        }
        return Settle(p);
    }

    // Moves to the first accepted posting at or after p.
    private int Settle(int p)
    {
        var docs = _docs;
        while (p < docs.Length && !Accepts(docs[p])) p++;
        _at = p;
        return p < docs.Length ? docs[p] : DocIdSetIterator.NO_MORE_DOCS;
    }

    private bool Accepts(int doc) => _acceptWords is { } words ? (words[doc >> 6] & (1L << doc)) != 0 : _accept is null || _accept.Get(doc);
}
