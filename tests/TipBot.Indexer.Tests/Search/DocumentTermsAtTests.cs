using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A candidate's terms found by its Lucene doc must be those found by its document's id, duplicate ids included.</summary>
public sealed class DocumentTermsAtTests : IDisposable
{
    private readonly TipSearchEngine _engine;

    public DocumentTermsAtTests()
    {
        var documents = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents;
        // A second document under the first one's id, with words of its own: the index has entries of both.
        var twin = documents[0] with { Title = "Tweede versie over parkeervergunningen en hondenbelasting", Summary = "Een ander verhaal." };
        _engine = TipSearchEngine.InMemory([.. documents, twin]);
    }

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void TermsOfADocumentAtItsDocEqualTheTermsOfItsId()
    {
        var s = _engine.Snapshot;
        var probes = _engine.Documents.Take(40).SelectMany(d => s.AllTermsOf(d).Take(15))
            .Concat(["parkeervergunning", "hondenbelasting", "verhaal", "zzzonbekend"]).Distinct().ToList();
        var docs = 0;
        var present = 0;
        for (var doc = 0; doc < s.Reader.MaxDoc; doc++)
        {
            if (s.DocumentOf(doc) is not { } d) continue;
            var byId = s.TermsOf(d);
            var byDoc = s.TermsOfDocumentAt(doc, d);
            foreach (var term in probes)
            {
                Assert.Equal(byId.Contains(term), byDoc.Contains(term));
                if (byId.Contains(term)) present++;
            }
            docs++;
        }
        Assert.True(docs > _engine.Documents.Count && present > 1_000, $"{docs} docs, {present} terms present");
    }
}
