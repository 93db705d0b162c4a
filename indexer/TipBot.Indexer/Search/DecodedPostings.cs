namespace TipBot.Indexer.Search;

/// <summary>
/// A common term's postings in one segment, decoded when the snapshot opens: its doc ids (ascending), each one's
/// frequency and encoded norm, and the segment's BM25 length part per norm, so <see cref="TopDocsMaxScore"/> walks and
/// skips them as arrays instead of through Lucene's postings readers.
/// </summary>
/// <remarks>
/// Decoding through Lucene.Net costs 20-80 ns a posting and an <c>Advance</c> beyond the current block 50-320 ns; the
/// questions of several common words at 100,000 documents spend most of their time there. A score is
/// <see cref="Bm25Tables.DocScorer.Score(float, float, float)"/> of the weight, the frequency and the length part of
/// the posting's norm (<see cref="Lengths.Parts"/>): the same floats as the term's scorer, whose length part is the
/// same table entry of the doc's norm. The norm is kept per posting, beside the frequency, so a window's postings are
/// read in order: before, each posting read its doc's length part from a per-doc array of the segment (4 bytes a doc
/// and field, 2 MB a field at 100,000 tips), one scattered read per posting on the slowest questions' hottest loop.
/// </remarks>
internal sealed class DecodedPostings(int[] docs, byte[] freqs, byte[] norms, DecodedPostings.Lengths lengths)
{
    /// <summary>Frequencies above this are not held (a byte each); such a term's segment is left to Lucene.</summary>
    public const int MaxFreq = byte.MaxValue;

    public int[] Docs { get; } = docs;

    public byte[] Freqs { get; } = freqs;

    /// <summary>Each posting's doc's encoded norm in the field: its length part is <see cref="Lengths.Parts"/> at it (0 without norms).</summary>
    public byte[] Norms { get; } = norms;

    /// <summary>The segment's BM25 length part of its field per encoded norm, and the table it was taken from.</summary>
    public Lengths LengthPart { get; } = lengths;

    /// <summary>Bytes held for the postings (the shared length parts not counted).</summary>
    public long Bytes => Docs.Length * 6L;

    /// <summary>
    /// One field's <c>k1 * ((1 - b) + b * length / avgdl)</c> in a segment per encoded norm, as BM25's scorer looks it
    /// up from a doc's norm in <see cref="Table"/> (k1 for a field without norms).
    /// </summary>
    public sealed class Lengths(float[] parts, float[] table)
    {
        /// <summary>The length part per encoded norm: <see cref="Table"/> itself, or k1 for every norm in a field without norms.</summary>
        public float[] Parts { get; } = parts;

        /// <summary>The table the parts were read from: a weight scoring through another one cannot use them.</summary>
        public float[] Table { get; } = table;
    }
}
