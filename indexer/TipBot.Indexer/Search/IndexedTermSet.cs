using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// A document's indexed terms as a set backed by the index: <see cref="Contains"/> asks the postings,
/// anything that lists the terms analyses the document once (<see cref="IndexSnapshot.AllTermsOf"/>).
/// </summary>
internal sealed class IndexedTermSet(IndexSnapshot snapshot, int entry, KnowledgeDocument document) : MembershipSet
{
    private IReadOnlySet<string>? all;

    protected override IReadOnlySet<string> Whole => all ??= snapshot.AllTermsOf(document);

    public override bool Contains(string item) => all?.Contains(item) ?? snapshot.EntryHasTerm(entry, item);
}
