using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>A searcher over one unchanging reader that counts each field's collection statistics once instead of in every term weight.</summary>
/// <remarks>
/// Every term query's weight asks its field's statistics; over a reader of several segments each ask merged the
/// segments' term dictionaries anew (a multi-fields view, its terms, three sums), tens of times per question.
/// </remarks>
internal sealed class SnapshotSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _fields.TryGetValue(field, out var known) ? known : _fields.GetOrAdd(field, base.CollectionStatistics(field));
}
