using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>
/// A searcher's normalised weights of phrase leaves (<see cref="ScoreTree"/>), made once per phrase, field, slop and
/// boosts and given again to later questions, with the phrase's bound.
/// </summary>
/// <remarks>
/// A phrase's weight looks each of its words up in every segment's term dictionary with new cursors and works out BM25's
/// statistics, 40-100 us a phrase; a synonym phrase is asked in every document field, so a question with one spent
/// 0.15-0.35 ms there, a sixth of its document query. A weight depends only on the searcher's reader and similarity
/// (fixed for a snapshot's searcher) and on the query and boosts of the key; once normalised it is only read
/// (<see cref="Weight.GetScorer"/> makes new cursors each time), so one serves any number of searches at once.
/// </remarks>
internal sealed class PhraseWeights
{
    private static readonly ConditionalWeakTable<IndexSearcher, PhraseWeights> BySearcher = new();

    // Synonym phrases times fields times the few boosts they get: a few thousand cover a library's lists.
    private const int Capacity = 4_096;

    private readonly BoundedCache<string, (Weight Weight, double Bound)> _known = new(Capacity, StringComparer.Ordinal);

    public static PhraseWeights Of(IndexSearcher searcher) => BySearcher.GetValue(searcher, _ => new PhraseWeights());

    /// <summary>
    /// The weight of <paramref name="phrase"/> normalised with <paramref name="topLevelBoost"/>, and the most it scores
    /// any document at boost 1: BM25's tf part, freq / (freq + norm), is below 1 for any (sloppy) frequency and length,
    /// so its words' idfs times <c>k1 + 1</c>.
    /// </summary>
    public (Weight Weight, double Bound) Get(PhraseQuery phrase, IndexSearcher searcher, float topLevelBoost, float k1) =>
        _known.GetOrAdd(Key(phrase, topLevelBoost), _ =>
        {
            var weight = phrase.CreateWeight(searcher);
            // BM25 leaves ignore the query norm; the top-level boost is what scales them.
            weight.Normalize(1f, topLevelBoost);
            var reader = searcher.IndexReader;
            // The words' counts as the question's own words were read (FieldFrequencies: kept cursors, once per word), not
            // by a new dictionary cursor per word and segment: half of a new phrase's first-sight cost and garbage.
            var bound = phrase.GetTerms().Sum(t => (double)Bm25Tables.Idf(FieldFrequencies.DocFreq(reader, t.Field, t.Text), reader.MaxDoc)) * (k1 + 1.0);
            return (weight, bound);
        });

    // Everything the weight is made from: each word's field, text and position, the slop, and both boosts' exact bits.
    private static string Key(PhraseQuery phrase, float topLevelBoost)
    {
        var key = new StringBuilder();
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        for (var i = 0; i < terms.Length; i++)
        {
            key.Append(terms[i].Field).Append('\u0001').Append(terms[i].Text).Append('\u0001')
                .Append(positions[i].ToString(CultureInfo.InvariantCulture)).Append('\u0002');
        }
        return key.Append(phrase.Slop.ToString(CultureInfo.InvariantCulture)).Append('\u0003')
            .Append(BitConverter.SingleToInt32Bits(phrase.Boost).ToString(CultureInfo.InvariantCulture)).Append('\u0003')
            .Append(BitConverter.SingleToInt32Bits(topLevelBoost).ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
