using System.Collections;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// A document's indexed terms as a set backed by the index: <see cref="Contains"/> asks the postings,
/// anything that lists the terms reads them once from the term vectors.
/// </summary>
internal sealed class IndexedTermSet(IndexSnapshot snapshot, int entry, KnowledgeDocument document) : IReadOnlySet<string>
{
    private IReadOnlySet<string>? all;

    private IReadOnlySet<string> All => all ??= snapshot.AllTermsOf(entry, document);

    public bool Contains(string item) => all?.Contains(item) ?? snapshot.EntryHasTerm(entry, item);

    public int Count => All.Count;

    public IEnumerator<string> GetEnumerator() => All.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => All.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => All.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => All.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => All.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => All.SetEquals(other);
}
