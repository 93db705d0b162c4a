using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// The highest score each term reaches in its field (BM25 at boost 1) over every entry of a searcher's reader, read
/// from the term's postings in the background the first time it is asked and remembered per searcher: the tight bound
/// of a term clause; until it is known, a looser bound from the term's statistics alone.
/// </summary>
/// <remarks>
/// <para>
/// <c>idf * (k1 + 1)</c> bounds a term's score whatever its frequency and field length, but a term once in a field of
/// ordinary length reaches less than half of it, and a bound that loose rarely lets <see cref="TopDocsMaxScore"/>
/// skip anything. The score is linear in the boost, so a clause's bound is this times its boosts. Deleted entries are
/// counted too (a bound over more documents is still a bound). A snapshot's searcher never changes its reader or
/// similarity, so the remembered values stay right for as long as the searcher lives.
/// </para>
/// <para>
/// Reading a common term's full postings took up to tens of milliseconds at 100,000 documents (a misspelt word's near
/// terms, four fields each), inside the question that first asked for it. That question now gets the statistics' bound
/// (<see cref="StatisticsBound"/>): it skips less, but its answer is the same, as any bound at or above the true maximum
/// gives the same top documents.
/// </para>
/// </remarks>
internal sealed class TermMaxScores
{
    private static readonly ConditionalWeakTable<IndexSearcher, TermMaxScores> BySearcher = new();

    // Question words repeat (Zipf); a few tens of thousands of field terms cover most traffic.
    private const int Capacity = 65_536;
    // Terms waiting for the background reader; past this, a term is asked again by a later question.
    private const int MaxWaiting = 4_096;

    private readonly BoundedCache<Term, TermScoreBlocks> _max = new(Capacity);
    // The common terms' maxima, read before questions need them (Warm) and kept for the searcher's life: apart from the
    // cache above, whose clearing when full would drop them. Bounded by construction: a field holds at most its
    // postings / minDocFreq such terms.
    private readonly ConcurrentDictionary<Term, TermScoreBlocks> _common = new();
    private readonly IndexSearcher _searcher;
    private readonly ConcurrentQueue<Term> _waiting = new();
    private readonly ConcurrentDictionary<Term, byte> _queued = new();
    private int _queuedCount;
    private int _reading;
    // Every doc's encoded norm per warmed field and segment (NormBytes), kept from the warm-up: the document query scores a
    // posting that is not decoded with an array read for its length part instead of two calls through Lucene's norms.
    private readonly ConcurrentDictionary<(string Field, int Ord), byte[]> _normBytes = new();

    private TermMaxScores(IndexSearcher searcher) => _searcher = searcher;

    public static TermMaxScores Of(IndexSearcher searcher) => BySearcher.GetValue(searcher, s => new TermMaxScores(s));

    /// <summary>The highest score <paramref name="term"/> gives any entry at boost 1 (0 when no entry has it), read now if not known.</summary>
    public float Max(Term term) => Blocks(term).Max;

    /// <summary>The highest scores <paramref name="term"/> gives, overall and per block, read now if not known.</summary>
    public TermScoreBlocks Blocks(Term term) => _common.TryGetValue(term, out var known) ? known : _max.GetOrAdd(term, Read);

    /// <summary>The postings of <paramref name="term"/> in segment <paramref name="ord"/> when <see cref="Warm"/> decoded them; null otherwise (nothing is read).</summary>
    public DecodedPostings? Decoded(Term term, int ord) => _common.TryGetValue(term, out var known) ? known.Of(ord)?.Postings : null;

    /// <summary>
    /// Every doc's encoded norm of <paramref name="field"/> in segment <paramref name="ord"/> (the byte its BM25 scorer
    /// indexes the length table with, <see cref="Bm25Tables.DocScorer.NormIndex"/>) when <see cref="Warm"/> read them and
    /// the segment has norms there; null otherwise (nothing is read).
    /// </summary>
    public byte[]? NormBytes(string field, int ord) => _normBytes.TryGetValue((field, ord), out var bytes) ? bytes : null;

    /// <summary>How many postings <see cref="Warm"/> decoded and holds (<see cref="DecodedPostings"/>).</summary>
    public long DecodedPostingCount => Volatile.Read(ref _decoded);

    private long _decoded;

    /// <summary>Reads the highest scores of every term of <paramref name="fields"/> held by at least <paramref name="minDocFreq"/> entries, unless <paramref name="closed"/>.</summary>
    /// <param name="decodeBudget">How many of their postings may be kept decoded (<see cref="DecodedPostings"/>), first come first served; 0 for none.</param>
    /// <returns>How many terms were read.</returns>
    public int Warm(IEnumerable<string> fields, int minDocFreq, Func<bool> closed, long decodeBudget = 0)
    {
        var reader = _searcher.IndexReader;
        var bm25 = Bm25Tables.Of(_searcher.Similarity);
        var leaves = reader.Leaves;
        var read = 0;
        var blocks = new BlockMaxima();
        var decoding = new PostingsBuffer();
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            // One dictionary cursor and postings reader per segment, moved forward through the field's terms in order,
            // instead of a query weight and a fresh cursor per term and segment.
            var segmentTerms = new TermsEnum?[leaves.Count];
            var segmentDocs = new DocsEnum?[leaves.Count];
            var norms = new NumericDocValues?[leaves.Count];
            foreach (var leaf in leaves)
            {
                segmentTerms[leaf.Ord] = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                norms[leaf.Ord] = leaf.AtomicReader.GetNormValues(field);
            }
            var table = bm25?.Table(_searcher.CollectionStatistics(field));
            var lengths = new DecodedPostings.Lengths?[leaves.Count];
            // Each segment's norm per doc while its postings are decoded (a posting keeps its doc's).
            var docNorms = new byte[]?[leaves.Count];
            if (bm25 is not null && decodeBudget > 0)
            {
                foreach (var leaf in leaves)
                {
                    lengths[leaf.Ord] = LengthParts(bm25.K1, table!, norms[leaf.Ord]);
                    docNorms[leaf.Ord] = NormBytes(leaf.AtomicReader.MaxDoc, norms[leaf.Ord]);
                    if (norms[leaf.Ord] is not null) _normBytes[(field, leaf.Ord)] = docNorms[leaf.Ord]!;
                }
            }
            var cursor = terms.GetEnumerator();
            while (cursor.MoveNext())
            {
                if (cursor.DocFreq < minDocFreq) continue;
                if (closed()) return read;
                var term = new Term(field, BytesRef.DeepCopyOf(cursor.Term));
                if (_max.TryGetValue(term, out var known)) _common[term] = known;
                else if (bm25 is null) _common[term] = Read(term);
                else
                {
                    // BM25 at boost 1 as the query's scorer computes it (Bm25Tables), over every entry, deleted ones too.
                    var weight = Bm25Tables.Idf(cursor.DocFreq, reader.MaxDoc);
                    var max = 0f;
                    var segments = new TermScoreBlocks.Segment?[leaves.Count];
                    for (var ord = 0; ord < leaves.Count; ord++)
                    {
                        if (segmentTerms[ord] is not { } segment || !segment.SeekExact(term.Bytes)) continue;
                        var docs = segmentDocs[ord] = segment.Docs(null, segmentDocs[ord], DocsFlags.FREQS);
                        var scorer = new Bm25Tables.DocScorer(weight, bm25.K1, table!, norms[ord]);
                        // Decoded only while the budget lasts; a term's segment counts in full (deleted entries too).
                        var decode = lengths[ord] is not null && _decoded + segment.DocFreq <= decodeBudget;
                        blocks.Clear();
                        decoding.Clear();
                        int doc;
                        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                        {
                            var freq = docs.Freq;
                            blocks.Add(doc, scorer.Score(doc, freq));
                            if (decode) decode = decoding.Add(doc, freq, docNorms[ord]![doc]);
                        }
                        max = Math.Max(max, blocks.Max);
                        var postings = decode ? decoding.ToPostings(lengths[ord]!) : null;
                        if (postings is not null) Interlocked.Add(ref _decoded, postings.Docs.Length);
                        segments[ord] = blocks.ToSegment(postings, keep: true);
                    }
                    _common[term] = new TermScoreBlocks(max, segments);
                }
                read++;
            }
        }
        return read;
    }

    /// <summary>
    /// A bound on the score <paramref name="term"/> gives any entry at boost 1: its highest score when known, otherwise
    /// <see cref="StatisticsBound"/>, and the highest score is then read in the background for the next question.
    /// </summary>
    /// <param name="blocks">The term's highest scores per block when known.</param>
    public double Bound(Term term, TermContext states, out TermScoreBlocks? blocks)
    {
        if (_common.TryGetValue(term, out blocks) || _max.TryGetValue(term, out blocks)) return blocks.Max;
        Ask(term);
        return Bm25Tables.Of(_searcher.Similarity) is { } bm25 ? StatisticsBound(states, _searcher.IndexReader.MaxDoc, bm25.K1, bm25.B) : Max(term);
    }

    /// <summary>
    /// What BM25 can give a term from its statistics alone: <c>idf * (k1 + 1) * tf / (tf + k1 * (1 - b))</c>, with
    /// <c>tf</c> the most any one entry can hold (all its occurrences but one per other entry) and the length part at
    /// its least (length 0); without frequencies, <c>idf * (k1 + 1)</c>.
    /// </summary>
    internal static double StatisticsBound(TermContext states, int maxDoc, float k1, float b)
    {
        if (states.DocFreq <= 0) return 0;
        var full = Bm25Tables.Idf(states.DocFreq, maxDoc) * (k1 + 1.0);
        if (states.TotalTermFreq < states.DocFreq) return full;
        var tf = (double)(states.TotalTermFreq - states.DocFreq + 1);
        return full * tf / (tf + k1 * (1.0 - b));
    }

    private void Ask(Term term)
    {
        if (Volatile.Read(ref _queuedCount) >= MaxWaiting || !_queued.TryAdd(term, 0)) return;
        Interlocked.Increment(ref _queuedCount);
        _waiting.Enqueue(term);
        if (Interlocked.CompareExchange(ref _reading, 1, 0) == 0) ThreadPool.UnsafeQueueUserWorkItem(_ => ReadWaiting(), null);
    }

    // One reader at a time drains the queue; it holds a reference on the reader for each term, so a snapshot closed
    // meanwhile is never read, and the terms still waiting are dropped with it.
    private void ReadWaiting()
    {
        while (true)
        {
            while (_waiting.TryDequeue(out var term))
            {
                try
                {
                    if (!_searcher.IndexReader.TryIncRef()) continue;
                    try
                    {
                        _max.GetOrAdd(term, Read);
                    }
                    finally
                    {
                        _searcher.IndexReader.DecRef();
                    }
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    // Left unknown: the questions that ask for it keep the statistics' bound.
                }
                finally
                {
                    _queued.TryRemove(term, out _);
                    Interlocked.Decrement(ref _queuedCount);
                }
            }
            Volatile.Write(ref _reading, 0);
            // A term queued after the last look but before the flag was cleared would otherwise wait for the next one.
            if (_waiting.IsEmpty || Interlocked.CompareExchange(ref _reading, 1, 0) != 0) return;
        }
    }

    private TermScoreBlocks Read(Term term)
    {
        var weight = _searcher.CreateNormalizedWeight(new TermQuery(term));
        var max = 0f;
        var leaves = _searcher.IndexReader.Leaves;
        var segments = new TermScoreBlocks.Segment?[leaves.Count];
        var blocks = new BlockMaxima();
        foreach (var leaf in leaves)
        {
            if (weight.GetScorer(leaf, null) is not { } scorer) continue;
            blocks.Clear();
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) blocks.Add(doc, scorer.GetScore());
            max = Math.Max(max, blocks.Max);
            segments[leaf.Ord] = blocks.ToSegment();
        }
        return new TermScoreBlocks(max, segments);
    }

    /// <summary>One segment's scores of a term, in doc order, gathered into the highest per block and overall.</summary>
    private sealed class BlockMaxima
    {
        private readonly List<int> _blocks = [];
        private readonly List<float> _maxima = [];

        public float Max { get; private set; }

        public void Clear()
        {
            _blocks.Clear();
            _maxima.Clear();
            Max = 0;
        }

        public void Add(int doc, float score)
        {
            Max = Math.Max(Max, score);
            var block = doc >> TermScoreBlocks.Shift;
            if (_blocks.Count == 0 || _blocks[^1] != block)
            {
                _blocks.Add(block);
                _maxima.Add(score);
            }
            else if (score > _maxima[^1]) _maxima[^1] = score;
        }

        /// <param name="keep">Kept for the snapshot's life (the warm-up's common terms): made where the collector never copies it (<see cref="SnapshotArrays"/>).</param>
        public TermScoreBlocks.Segment ToSegment(DecodedPostings? postings = null, bool keep = false) => keep
            ? new(SnapshotArrays.Copy<int>(CollectionsMarshal.AsSpan(_blocks)), SnapshotArrays.Copy<float>(CollectionsMarshal.AsSpan(_maxima)), postings)
            : new([.. _blocks], [.. _maxima], postings);
    }

    // The length part per encoded norm of one field in one segment, as the field's BM25 scorer takes it from a doc's
    // norm (Bm25Tables.DocScorer.LengthPart): the table itself, or k1 whatever the norm where the segment has no norms.
    private static DecodedPostings.Lengths LengthParts(float k1, float[] table, NumericDocValues? norms)
    {
        if (norms is not null) return new DecodedPostings.Lengths(table, table);
        var parts = new float[table.Length];
        Array.Fill(parts, k1);
        return new DecodedPostings.Lengths(parts, table);
    }

    // Every doc's encoded norm of one field in one segment (the byte BM25's scorer indexes its length table with; 0 without norms).
    private static byte[] NormBytes(int maxDoc, NumericDocValues? norms)
    {
        var bytes = new byte[maxDoc];
        if (norms is null) return bytes;
        for (var doc = 0; doc < maxDoc; doc++) bytes[doc] = Bm25Tables.DocScorer.NormIndex(norms, doc);
        return bytes;
    }

    /// <summary>One segment's postings of a term as they are read, kept in reused buffers until they are copied out.</summary>
    private sealed class PostingsBuffer
    {
        private int[] _docs = new int[1024];
        private byte[] _freqs = new byte[1024];
        private byte[] _norms = new byte[1024];
        private int _count;

        public void Clear() => _count = 0;

        /// <summary>False when the frequency does not fit: the term's segment is then not decoded.</summary>
        public bool Add(int doc, int freq, byte norm)
        {
            if ((uint)freq > DecodedPostings.MaxFreq) return false;
            if (_count == _docs.Length)
            {
                Array.Resize(ref _docs, _count * 2);
                Array.Resize(ref _freqs, _count * 2);
                Array.Resize(ref _norms, _count * 2);
            }
            _docs[_count] = doc;
            _freqs[_count] = (byte)freq;
            _norms[_count] = norm;
            _count++;
            return true;
        }

        public DecodedPostings ToPostings(DecodedPostings.Lengths lengths) =>
            new(SnapshotArrays.Copy<int>(_docs.AsSpan(0, _count)), SnapshotArrays.Copy<byte>(_freqs.AsSpan(0, _count)), SnapshotArrays.Copy<byte>(_norms.AsSpan(0, _count)), lengths);
    }
}
