using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whole-document entries except coach profiles, as bits per segment computed once per snapshot: the filter of every
/// search that names no kind, audience, perspective or tag. Bits let the query skip other entries while it scores
/// instead of running the filter's own boolean query beside it on every search.
/// </summary>
internal sealed class DocumentEntryFilter : Filter
{
    private readonly Dictionary<object, FixedBitSet> _bits = new(ReferenceEqualityComparer.Instance);

    public DocumentEntryFilter(IndexReader reader)
    {
        var coach = IndexBuilder.KindName(DocumentKind.Coach);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var bits = new FixedBitSet(Math.Max(1, atomic.MaxDoc));
            var entries = atomic.GetTermDocsEnum(new Term(IndexFields.Entry, IndexFields.DocEntry));
            if (entries is not null)
            {
                while (entries.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) bits.Set(entries.DocID);
            }
            var coaches = atomic.GetTermDocsEnum(new Term(IndexFields.Kind, coach));
            if (coaches is not null)
            {
                while (coaches.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) bits.Clear(coaches.DocID);
            }
            _bits[atomic.CoreCacheKey] = bits;
        }
    }

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        _bits.TryGetValue(context.AtomicReader.CoreCacheKey, out var bits) ? BitsFilteredDocIdSet.Wrap(bits, acceptDocs) : null!;
}
