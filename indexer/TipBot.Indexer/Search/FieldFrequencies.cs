using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace TipBot.Indexer.Search;

/// <summary>In how many entries a term occurs, per searched field, read once per index reader and term.</summary>
/// <remarks>
/// A question's words are looked up several times (their rarity, their synonyms' shared rarity, which fields to query);
/// each look-up of the reader opens a term dictionary cursor per field, which is most of a short question's analysis.
/// </remarks>
public static class FieldFrequencies
{
    /// <summary>The fields counted, whole-document ones first.</summary>
    public static readonly IReadOnlyList<string> Fields =
        [IndexFields.Title, IndexFields.Tags, IndexFields.Summary, IndexFields.Body, IndexFields.Heading, IndexFields.Text];

    private const int WholeDocumentFields = 4;
    private const int MaxTerms = 100_000;

    private static readonly ConditionalWeakTable<IndexReader, ReaderFrequencies> ByReader = new();

    /// <summary>In how many whole documents <paramref name="term"/> occurs, in whichever field has it most.</summary>
    public static int MaxOverDocumentFields(IndexReader reader, string term)
    {
        var counts = Of(reader, term);
        var max = 0;
        for (var i = 0; i < WholeDocumentFields; i++) max = Math.Max(max, counts[i]);
        return max;
    }

    /// <summary>Whether <paramref name="field"/> has <paramref name="term"/> in any entry (true for fields not counted here).</summary>
    public static bool Occurs(IndexReader reader, string field, string term)
    {
        var counts = Of(reader, term);
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field) return counts[i] > 0;
        }
        return true;
    }

    /// <summary>The number of whole-document entries.</summary>
    public static int DocumentCount(IndexReader reader) => For(reader).DocumentCount;

    private static int[] Of(IndexReader reader, string term) => For(reader).Terms.GetOrAdd(term, t => Count(reader, t));

    private static ReaderFrequencies For(IndexReader reader) => ByReader.GetValue(reader, r => new ReaderFrequencies(
        new BoundedCache<string, int[]>(MaxTerms, StringComparer.Ordinal),
        r.DocFreq(new Term(IndexFields.Entry, IndexFields.DocEntry))));

    private static int[] Count(IndexReader reader, string term)
    {
        var counts = new int[Fields.Count];
        for (var i = 0; i < counts.Length; i++) counts[i] = reader.DocFreq(new Term(Fields[i], term));
        return counts;
    }

    private sealed record ReaderFrequencies(BoundedCache<string, int[]> Terms, int DocumentCount);
}
