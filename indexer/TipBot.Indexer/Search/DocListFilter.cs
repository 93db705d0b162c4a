using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>Exactly the given Lucene docs (ascending, top-level doc ids): a filter that costs as many steps as it has docs.</summary>
internal sealed class DocListFilter(int[] docs) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var start = LowerBound(docs, context.DocBase);
        var end = LowerBound(docs, context.DocBase + context.AtomicReader.MaxDoc);
        if (start == end) return null!;
        return BitsFilteredDocIdSet.Wrap(new Set(docs, start, end, context.DocBase), acceptDocs);
    }

    /// <summary>The index of the first doc in <paramref name="sorted"/> at or after <paramref name="value"/>: where a segment's docs start.</summary>
    internal static int LowerBound(int[] sorted, int value)
    {
        var i = Array.BinarySearch(sorted, value);
        return i >= 0 ? i : ~i;
    }

    private sealed class Set(int[] docs, int start, int end, int docBase) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new Iterator(docs, start, end, docBase);

        public override bool IsCacheable => true;
    }

    private sealed class Iterator(int[] docs, int start, int end, int docBase) : DocIdSetIterator
    {
        private int _index = start - 1;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => _doc = ++_index < end ? docs[_index] - docBase : NO_MORE_DOCS;

        public override int Advance(int target)
        {
            while (++_index < end)
            {
                if (docs[_index] - docBase >= target) return _doc = docs[_index] - docBase;
            }
            return _doc = NO_MORE_DOCS;
        }

        public override long GetCost() => end - start;
    }
}
