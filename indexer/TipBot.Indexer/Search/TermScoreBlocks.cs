namespace TipBot.Indexer.Search;

/// <summary>
/// A term's highest score in its field at boost 1 over every entry, and per block of <see cref="BlockSize"/> doc ids of
/// each segment: the bounds by which <see cref="TopDocsMaxScore"/> passes over the stretches where a term scores little.
/// </summary>
internal sealed class TermScoreBlocks(float max, TermScoreBlocks.Segment?[] segments)
{
    /// <summary>Doc ids per block, as a shift.</summary>
    public const int Shift = 8;

    public const int BlockSize = 1 << Shift;

    public float Max { get; } = max;

    /// <summary>The term's blocks in segment <paramref name="ord"/>; null when the segment does not have the term.</summary>
    public Segment? Of(int ord) => ord < segments.Length ? segments[ord] : null;

    /// <summary>The blocks of one segment holding the term (ascending block numbers) and the highest score in each.</summary>
    /// <param name="postings">The term's postings there, decoded at open for a common term (null for others).</param>
    public sealed class Segment(int[] blocks, float[] maxima, DecodedPostings? postings = null)
    {
        public int[] Blocks { get; } = blocks;

        public float[] Maxima { get; } = maxima;

        public DecodedPostings? Postings { get; } = postings;
    }
}
