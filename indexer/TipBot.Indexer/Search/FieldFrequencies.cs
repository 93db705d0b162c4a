using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>In how many entries a term occurs, per searched field, and where it stands in each field's dictionary; read once per index reader and term.</summary>
/// <remarks>
/// A question's words are looked up several times (their rarity, their synonyms' shared rarity, which fields to query,
/// the queries' term states); each look-up of the reader opens a term dictionary cursor per field and segment, which is
/// most of a new word's cost. One seek per field and segment now answers both the counts and the states.
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
        var counts = Of(reader, term).Counts;
        var max = 0;
        for (var i = 0; i < WholeDocumentFields; i++) max = Math.Max(max, counts[i]);
        return max;
    }

    /// <summary>In how many entries <paramref name="field"/> has <paramref name="term"/>: the reader's <c>DocFreq</c>, read once per term for the fields counted here.</summary>
    public static int DocFreq(IndexReader reader, string field, string term)
    {
        var index = IndexOf(field);
        return index >= 0 ? Of(reader, term).Counts[index] : reader.DocFreq(new Term(field, term));
    }

    /// <summary>Whether <paramref name="field"/> has <paramref name="term"/> in any entry (true for fields not counted here).</summary>
    public static bool Occurs(IndexReader reader, string field, string term)
    {
        var index = IndexOf(field);
        return index < 0 || Of(reader, term).Counts[index] > 0;
    }

    /// <summary>
    /// Where <paramref name="term"/> stands in each segment's dictionary of <paramref name="field"/> (what
    /// <see cref="TermContext.Build"/> gives), null when no entry has it there; built for fields not counted here.
    /// </summary>
    public static TermContext? States(IndexReader reader, string field, string term)
    {
        var index = IndexOf(field);
        if (index >= 0) return Of(reader, term).States[index];
        return TermContext.Build(reader.Context, new Term(field, term)) is { DocFreq: > 0 } states ? states : null;
    }

    /// <summary>The number of whole-document entries.</summary>
    public static int DocumentCount(IndexReader reader) => For(reader).DocumentCount;

    private static int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field) return i;
        }
        return -1;
    }

    private static TermEntry Of(IndexReader reader, string term)
    {
        var frequencies = For(reader);
        return frequencies.Terms.TryGetValue(term, out var known) ? known : Add(reader, frequencies, term);
    }

    // Apart from Of, so a known term does not pay for the closure.
    private static TermEntry Add(IndexReader reader, ReaderFrequencies frequencies, string term) => frequencies.Terms.GetOrAdd(term, t => Read(reader, frequencies, t));

    private static ReaderFrequencies For(IndexReader reader) => ByReader.GetValue(reader, r => new ReaderFrequencies(
        new BoundedCache<string, TermEntry>(MaxTerms, StringComparer.Ordinal),
        r.DocFreq(new Term(IndexFields.Entry, IndexFields.DocEntry))));

    // As reader.DocFreq per field (the sum over segments) and TermContext.Build, from one seek per field and segment,
    // with dictionary cursors kept per reader: a new cursor allocates its frames and buffers, a few KB per field and
    // segment, which made a new word the largest allocation of a question.
    private static TermEntry Read(IndexReader reader, ReaderFrequencies frequencies, string term)
    {
        var counts = new int[Fields.Count];
        var states = new TermContext?[Fields.Count];
        var bytes = new BytesRef(term);
        var top = reader.Context;
        var leaves = top.Leaves;
        if (!frequencies.Cursors.TryTake(out var cursors)) cursors = new TermsEnum?[Fields.Count * leaves.Count];
        try
        {
            for (var i = 0; i < Fields.Count; i++)
            {
                TermContext? context = null;
                for (var l = 0; l < leaves.Count; l++)
                {
                    var leaf = leaves[l];
                    var termsEnum = cursors[i * leaves.Count + l];
                    if (termsEnum is null)
                    {
                        if (leaf.AtomicReader.GetTerms(Fields[i]) is not { } terms) continue;
                        termsEnum = cursors[i * leaves.Count + l] = terms.GetEnumerator();
                    }
                    if (!termsEnum.SeekExact(bytes)) continue;
                    context ??= new TermContext(top);
                    context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                    counts[i] += termsEnum.DocFreq;
                }
                states[i] = context;
            }
        }
        finally
        {
            frequencies.Cursors.Add(cursors);
        }
        return new TermEntry(counts, states);
    }

    private sealed record TermEntry(int[] Counts, TermContext?[] States);

    private sealed record ReaderFrequencies(BoundedCache<string, TermEntry> Terms, int DocumentCount)
    {
        /// <summary>Dictionary cursors per field and segment (field-major), one set per concurrent reader of terms.</summary>
        public ConcurrentBag<TermsEnum?[]> Cursors { get; } = [];
    }
}
