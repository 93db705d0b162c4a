using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// Term dictionary cursors and postings readers kept per snapshot and handed to one search at a time
/// (<see cref="Rent"/>): a TermQuery's scorer made both new for every term, field and segment of every search,
/// a few KB each (frames, block buffers, a clone of the postings file), most of a search's garbage.
/// </summary>
public sealed class PostingsPool(IndexReader reader)
{
    private readonly ConcurrentBag<Lease> _free = [];

    /// <summary>Cursors for one search on one thread; dispose it when the search's scorers are done.</summary>
    public Lease Rent() => _free.TryTake(out var lease) ? lease : new Lease(this, reader.Leaves.Count);

    /// <summary>What one search took from the pool: postings handed out are not given again until it is disposed.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly PostingsPool _pool;
        // Per segment and field: a cursor to seek with, and postings readers free / in use by this search.
        private readonly Dictionary<string, TermsEnum?>[] _cursors;
        private readonly Dictionary<string, (Stack<DocsEnum> Free, List<DocsEnum> Used)>[] _docs;

        internal Lease(PostingsPool pool, int leaves)
        {
            _pool = pool;
            _cursors = new Dictionary<string, TermsEnum?>[leaves];
            _docs = new Dictionary<string, (Stack<DocsEnum>, List<DocsEnum>)>[leaves];
            for (var i = 0; i < leaves; i++)
            {
                _cursors[i] = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
                _docs[i] = new Dictionary<string, (Stack<DocsEnum>, List<DocsEnum>)>(StringComparer.Ordinal);
            }
        }

        /// <summary>
        /// The postings (with frequencies) of <paramref name="term"/> in segment <paramref name="leaf"/>, positioned by its
        /// <paramref name="state"/>: what <c>TermsEnum.Docs(acceptDocs, null)</c> gives after seeking, on reused objects.
        /// </summary>
        public DocsEnum? Docs(AtomicReaderContext leaf, string field, BytesRef term, TermState state, IBits? acceptDocs)
        {
            var cursors = _cursors[leaf.Ord];
            if (!cursors.TryGetValue(field, out var cursor))
            {
                cursor = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                cursors[field] = cursor;
            }
            if (cursor is null) return null;
            cursor.SeekExact(term, state);
            var docs = _docs[leaf.Ord];
            if (!docs.TryGetValue(field, out var pool))
            {
                pool = ([], []);
                docs[field] = pool;
            }
            pool.Free.TryPop(out var reuse);
            var postings = cursor.Docs(acceptDocs, reuse);
            pool.Used.Add(postings);
            return postings;
        }

        public void Dispose()
        {
            foreach (var perLeaf in _docs)
            {
                foreach (var (free, used) in perLeaf.Values)
                {
                    foreach (var d in used) free.Push(d);
                    used.Clear();
                }
            }
            _pool._free.Add(this);
        }
    }
}
