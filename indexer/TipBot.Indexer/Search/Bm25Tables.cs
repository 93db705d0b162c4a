using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// What <see cref="BM25Similarity"/> works out for a term weight, with each field's length table made once per similarity
/// and field: Lucene fills a new 256-entry table (the same for every term of a field) and an idf explanation with its text
/// for every term weight, about 1.4 KB each, tens of times per question.
/// </summary>
/// <remarks>
/// Only for the plain <see cref="BM25Similarity"/> (its k1 and b); the formulas are BM25Similarity's, in the same float
/// order, so scores are bit for bit the same (a test compares them with TermQuery's on every question of the eval sets).
/// </remarks>
internal sealed class Bm25Tables
{
    private static readonly ConditionalWeakTable<BM25Similarity, Bm25Tables> Known = new();

    // 1 / length for each encoded norm byte, as BM25Similarity decodes a norm.
    private static readonly float[] Lengths = DecodedLengths();

    private readonly ConcurrentDictionary<string, (float Avgdl, float[] Table)> _tables = new(StringComparer.Ordinal);

    private Bm25Tables(float k1, float b)
    {
        K1 = k1;
        B = b;
    }

    public float K1 { get; }

    public float B { get; }

    /// <summary>The tables of <paramref name="similarity"/> when it is the plain BM25 similarity; null for any other.</summary>
    public static Bm25Tables? Of(Similarity similarity) =>
        similarity.GetType() == typeof(BM25Similarity) ? Known.GetValue((BM25Similarity)similarity, s => new Bm25Tables(s.K1, s.B)) : null;

    /// <summary>BM25's idf of a term in <paramref name="docFreq"/> of <paramref name="maxDoc"/> entries.</summary>
    public static float Idf(long docFreq, long maxDoc) => (float)Math.Log(1 + (maxDoc - docFreq + 0.5D) / (docFreq + 0.5D));

    /// <summary>The average length of a field, as BM25 takes it from the collection statistics.</summary>
    public static float AverageLength(CollectionStatistics stats) =>
        stats.SumTotalTermFreq <= 0 ? 1f : (float)(stats.SumTotalTermFreq / (double)stats.MaxDoc);

    /// <summary>Per encoded norm: <c>k1 * ((1 - b) + b * length / avgdl)</c>, the part of BM25 that does not depend on the frequency.</summary>
    public float[] Table(CollectionStatistics stats)
    {
        var avgdl = AverageLength(stats);
        if (_tables.TryGetValue(stats.Field, out var known) && known.Avgdl.Equals(avgdl)) return known.Table;
        var table = new float[256];
        for (var i = 0; i < table.Length; i++) table[i] = K1 * ((1 - B) + B * Lengths[i] / avgdl);
        _tables[stats.Field] = (avgdl, table);
        return table;
    }

    private static float[] DecodedLengths()
    {
        var lengths = new float[256];
        for (var i = 0; i < lengths.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            lengths[i] = 1.0f / (f * f);
        }
        return lengths;
    }

    /// <summary>BM25 of one term in one segment: <c>weight * (k1 + 1) * freq / (freq + table[norm])</c>.</summary>
    public sealed class DocScorer(float weight, float k1, float[] table, NumericDocValues? norms) : Similarity.SimScorer
    {
        private readonly float _weightValue = WeightValue(weight, k1);

        /// <summary>What every score of a term weight is multiplied by: <c>weight * (k1 + 1)</c>.</summary>
        public static float WeightValue(float weight, float k1) => weight * (k1 + 1);

        /// <summary>BM25 of one posting from its weight value, frequency and length part (<c>table[norm]</c>, or k1 without norms).</summary>
        public static float Score(float weightValue, float freq, float lengthPart) => weightValue * freq / (freq + lengthPart);

        /// <summary>The length part of <paramref name="doc"/>: what <see cref="Score(float, float, float)"/> adds to its frequency.</summary>
        public static float LengthPart(float k1, float[] table, NumericDocValues? norms, int doc) => norms is null ? k1 : table[NormIndex(norms, doc)];

        /// <summary>The entry of a length table that <paramref name="doc"/>'s encoded norm picks (its norm byte, unsigned).</summary>
        public static byte NormIndex(NumericDocValues norms, int doc) => (byte)((sbyte)norms.Get(doc) & 0xFF);

        public override float Score(int doc, float freq) => Score(_weightValue, freq, LengthPart(k1, table, norms, doc));

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq) =>
            throw new NotSupportedException("explained through the similarity's own scorer");
    }
}
