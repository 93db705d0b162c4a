using System.Collections;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// Which of a question's terms each candidate of one search contains, anywhere or among the words it is about
/// (<see cref="TopicalTerms"/>), read from the postings once for all candidates: each term's postings are only
/// advanced to the candidates, where a per-document look-up would read them whole or analyse the document again.
/// </summary>
internal sealed class CandidateTerms
{
    private static readonly string[] HeadFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary];

    private readonly int[] _entries;
    private readonly Dictionary<string, (BitArray Any, BitArray Topical)> _terms;

    private CandidateTerms(int[] entries, Dictionary<string, (BitArray Any, BitArray Topical)> terms)
    {
        _entries = entries;
        _terms = terms;
    }

    /// <param name="entries">Whole-document entries (Lucene doc ids).</param>
    /// <param name="minBodyFrequency">A body word is topical from this many occurrences on (as <see cref="TopicalTerms.Of"/>).</param>
    /// <param name="termStates">A term's place in a field's dictionary, null when the field lacks it (<see cref="IndexSnapshot.TermStates"/>).</param>
    /// <param name="postings">With term states: postings are read through this lease's reused cursors (<see cref="PostingsPool"/>).</param>
    /// <param name="maxima">With term states: a common term's postings its snapshot decoded at open (<see cref="TermMaxScores.Decoded"/>) are
    /// searched as arrays instead of advancing Lucene's postings reader to each candidate (most of this pass's time at 100,000 tips).</param>
    public static CandidateTerms Read(IndexReader reader, IEnumerable<int> entries, IEnumerable<string> terms, int minBodyFrequency = 2,
        Func<string, string, TermContext?>? termStates = null, PostingsPool.Lease? postings = null, TermMaxScores? maxima = null)
    {
        var sorted = entries.Distinct().Order().ToArray();
        var table = new Dictionary<string, (BitArray, BitArray)>(StringComparer.Ordinal);
        var bytes = new List<(string Text, BytesRef Bytes, BitArray Any, BitArray Topical)>();
        foreach (var t in terms)
        {
            if (table.ContainsKey(t)) continue;
            var row = (new BitArray(sorted.Length), new BitArray(sorted.Length));
            table[t] = row;
            bytes.Add((t, new BytesRef(t), row.Item1, row.Item2));
        }
        if (sorted.Length == 0 || bytes.Count == 0) return new CandidateTerms(sorted, table);

        DocsEnum? reuse = null;
        // Per term and field, its key in the decoded postings, made once for all segments.
        var keys = maxima is null || termStates is null ? null : new Term?[bytes.Count * (HeadFields.Length + 1)];
        foreach (var leaf in reader.Leaves)
        {
            var from = DocListFilter.LowerBound(sorted, leaf.DocBase);
            var to = DocListFilter.LowerBound(sorted, leaf.DocBase + leaf.AtomicReader.MaxDoc);
            if (from == to) continue;
            for (var f = 0; f < HeadFields.Length; f++)
                Mark(leaf, HeadFields[f], f, sorted, from, to, bytes, head: true, minBodyFrequency, termStates, postings, maxima, keys, ref reuse);
            Mark(leaf, IndexFields.Body, HeadFields.Length, sorted, from, to, bytes, head: false, minBodyFrequency, termStates, postings, maxima, keys, ref reuse);
        }
        return new CandidateTerms(sorted, table);
    }

    private static void Mark(AtomicReaderContext leaf, string field, int fieldIndex, int[] sorted, int from, int to,
        List<(string Text, BytesRef Bytes, BitArray Any, BitArray Topical)> terms, bool head, int minBodyFrequency, Func<string, string, TermContext?>? termStates,
        PostingsPool.Lease? postings, TermMaxScores? maxima, Term?[]? keys, ref DocsEnum? reuse)
    {
        TermsEnum? termsEnum = null;
        for (var t = 0; t < terms.Count; t++)
        {
            var (text, bytes, any, topical) = terms[t];
            var state = termStates is null ? null : termStates(field, text) is { } states ? states.Get(leaf.Ord) : null;
            if (termStates is not null && state is null) continue;
            if (maxima is not null && keys is not null
                && maxima.Decoded(keys[t * (HeadFields.Length + 1) + fieldIndex] ??= new Term(field, bytes), leaf.Ord) is { } decoded)
            {
                MarkDecoded(decoded, leaf.DocBase, sorted, from, to, any, topical, head, minBodyFrequency);
                continue;
            }
            DocsEnum? docs;
            if (postings is not null && state is not null)
            {
                docs = postings.Docs(leaf, field, bytes, state, null);
                if (docs is null) continue;
            }
            else
            {
                if (termsEnum is null)
                {
                    if (leaf.AtomicReader.GetTerms(field) is not { } fieldTerms) return;
                    termsEnum = fieldTerms.GetEnumerator();
                }
                if (state is not null) termsEnum.SeekExact(bytes, state);
                else if (!termsEnum.SeekExact(bytes)) continue;
                docs = reuse = termsEnum.Docs(null, reuse, head ? DocsFlags.NONE : DocsFlags.FREQS);
            }
            for (var i = from; i < to; i++)
            {
                var target = sorted[i] - leaf.DocBase;
                var doc = docs.DocID < target ? docs.Advance(target) : docs.DocID;
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                if (doc != target) continue;
                any[i] = true;
                if (head || docs.Freq >= minBodyFrequency) topical[i] = true;
            }
        }
    }

    // The same marks as walking the term's postings in the segment: its decoded docs (every entry, as the postings read
    // without accepted docs) searched for each candidate from the last one found on, with their frequencies.
    private static void MarkDecoded(DecodedPostings decoded, int docBase, int[] sorted, int from, int to, BitArray any, BitArray topical, bool head, int minBodyFrequency)
    {
        var docs = decoded.Docs;
        var at = 0;
        for (var i = from; i < to && at < docs.Length; i++)
        {
            var found = Array.BinarySearch(docs, at, docs.Length - at, sorted[i] - docBase);
            if (found < 0)
            {
                at = ~found;
                continue;
            }
            at = found + 1;
            any[i] = true;
            if (head || decoded.Freqs[found] >= minBodyFrequency) topical[i] = true;
        }
    }

    /// <summary>The terms of entry <paramref name="entry"/>; <paramref name="fallback"/> answers terms that were not read.</summary>
    public IReadOnlySet<string> All(int entry, IReadOnlySet<string> fallback) => new View(this, Array.BinarySearch(_entries, entry), topical: false, fallback);

    /// <summary>The terms entry <paramref name="entry"/> is about; <paramref name="fallback"/> answers terms that were not read.</summary>
    public IReadOnlySet<string> Topical(int entry, Func<IReadOnlySet<string>> fallback) => new View(this, Array.BinarySearch(_entries, entry), topical: true, new LazySet(fallback));

    private sealed class View(CandidateTerms table, int index, bool topical, IReadOnlySet<string> fallback) : MembershipSet
    {
        public override bool Contains(string item) =>
            index >= 0 && table._terms.TryGetValue(item, out var row) ? (topical ? row.Topical : row.Any)[index] : fallback.Contains(item);

        protected override IReadOnlySet<string> Whole => fallback;
    }

    private sealed class LazySet(Func<IReadOnlySet<string>> create) : MembershipSet
    {
        private IReadOnlySet<string>? _set;

        protected override IReadOnlySet<string> Whole => _set ??= create();

        public override bool Contains(string item) => Whole.Contains(item);
    }
}
