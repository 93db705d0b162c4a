namespace TipBot.Indexer.Search;

/// <summary>
/// A common term's postings in one segment, decoded when the snapshot opens: its doc ids (ascending), each one's
/// frequency, and the segment's BM25 length part per doc, so <see cref="TopDocsMaxScore"/> walks and skips them as
/// arrays instead of through Lucene's postings readers.
/// </summary>
/// <remarks>
/// Decoding through Lucene.Net costs 20-80 ns a posting and an <c>Advance</c> beyond the current block 50-320 ns; the
/// questions of several common words at 100,000 documents spend most of their time there. A score is
/// <see cref="Bm25Tables.DocScorer.Score(float, float, float)"/> of the weight, the frequency and <see cref="LengthPart"/>
/// of the doc: the same floats as the term's scorer, whose length part is the same table entry of the doc's norm.
/// </remarks>
internal sealed class DecodedPostings(int[] docs, byte[] freqs, DecodedPostings.Lengths lengths)
{
    /// <summary>Frequencies above this are not held (a byte each); such a term's segment is left to Lucene.</summary>
    public const int MaxFreq = byte.MaxValue;

    public int[] Docs { get; } = docs;

    public byte[] Freqs { get; } = freqs;

    /// <summary>The segment's BM25 length part of its field per doc, and the table it was taken from.</summary>
    public Lengths LengthPart { get; } = lengths;

    /// <summary>Bytes held for the postings (the shared length parts not counted).</summary>
    public long Bytes => Docs.Length * 5L;

    /// <summary>
    /// One field's <c>k1 * ((1 - b) + b * length / avgdl)</c> of every doc of a segment, as BM25's scorer looks it up
    /// from the doc's norm in <see cref="Table"/> (k1 for a field without norms).
    /// </summary>
    public sealed class Lengths(float[] perDoc, float[] table)
    {
        public float[] PerDoc { get; } = perDoc;

        /// <summary>The table the parts were read from: a weight scoring through another one cannot use them.</summary>
        public float[] Table { get; } = table;
    }
}
