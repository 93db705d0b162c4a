using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The snapshot's tables per Lucene doc (document, section index) against what the index stores.</summary>
public class EntryLayoutTests
{
    [Fact]
    public void EverySectionEntrysIndexIsTheStoredOneInALibraryBuiltInChunks()
    {
        var documents = Library(1500);
        var resources = SearchResources.ForLibrary(documents, null, null, new List<Diagnostic>());
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources, chunks: 3);
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        Assert.True(snapshot.Reader.Leaves.Count >= 3, $"{snapshot.Reader.Leaves.Count} segments");

        Assert.True(CompareWithStored(snapshot) > 2000);
        EveryDocsDocumentIsTheOneOfItsId(snapshot);
    }

    [Fact]
    public void ADocumentWhoseEntriesAreApartOrWhoseIdRepeatsGetsItsStoredIndexes()
    {
        var documents = Library(40);
        // The same id twice (a library with a duplicate id is reported, but a snapshot must still tell its sections apart).
        var twin = documents[7] with { Sections = [.. documents[7].Sections.Reverse()] };
        var resources = SearchResources.ForLibrary(documents, null, null, new List<Diagnostic>());
        var analyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(DutchAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            // Document 3's whole-document entry, then all of document 4, then document 3's sections from the last one back:
            // its entries are neither one run nor in section order.
            var apart = IndexBuilder.Entries(documents[3], analyzer).ToList();
            writer.AddDocument(apart[0]);
            foreach (var entry in IndexBuilder.Entries(documents[4], analyzer)) writer.AddDocument(entry);
            foreach (var entry in Enumerable.Reverse(apart.Skip(1).ToList())) writer.AddDocument(entry);
            foreach (var d in documents.Where((_, i) => i is not 3 and not 4).Append(twin))
            {
                foreach (var entry in IndexBuilder.Entries(d, analyzer)) writer.AddDocument(entry);
            }
            writer.Commit();
        }
        using var snapshot = new IndexSnapshot(dir, documents, resources, ownsDirectory: true);
        Assert.True(documents[3].Sections.Count > 1 && documents[7].Sections.Count > 1);

        Assert.True(CompareWithStored(snapshot) > 50);
        EveryDocsDocumentIsTheOneOfItsId(snapshot);
    }

    private static void EveryDocsDocumentIsTheOneOfItsId(IndexSnapshot snapshot)
    {
        for (var doc = 0; doc < snapshot.Reader.MaxDoc; doc++)
        {
            var id = snapshot.Reader.Document(doc).Get(IndexFields.Id);
            Assert.Equal(id, snapshot.IdOf(doc));
            Assert.Same(snapshot.ById[id], snapshot.DocumentOf(doc));
            Assert.Equal(snapshot.SectionEntriesOf(id), snapshot.SectionEntriesAt(doc));
        }
        Assert.Null(snapshot.DocumentOf(snapshot.Reader.MaxDoc));
        Assert.Null(snapshot.DocumentOf(-1));
        Assert.Empty(snapshot.SectionEntriesAt(snapshot.Reader.MaxDoc));
        Assert.Empty(snapshot.SectionEntriesAt(-1));
    }

    private static int CompareWithStored(IndexSnapshot snapshot)
    {
        var compared = 0;
        foreach (var id in snapshot.ById.Keys)
        {
            foreach (var entry in snapshot.SectionEntriesOf(id))
            {
                var stored = snapshot.Reader.Document(entry).GetField(IndexFields.SectionIndex).GetInt32Value();
                Assert.Equal(stored, snapshot.SectionIndexOf(entry));
                compared++;
            }
        }
        return compared;
    }

    /// <summary>Documents of zero to four sections (the first without a heading), a few words each.</summary>
    private static List<KnowledgeDocument> Library(int count)
    {
        var random = new Random(11);
        string[] words = ["inwoner", "brief", "gemeente", "wijkteam", "participatie", "formulier", "balie", "afspraak", "taal", "burger"];
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        return Enumerable.Range(0, count).Select(i =>
        {
            var sections = Enumerable.Range(0, random.Next(0, 5))
                .Select(j => new DocumentSection(j == 0 ? "" : Words(2), Words(8) + ". " + Words(6) + ".", 5 + j * 3))
                .ToList();
            return new KnowledgeDocument
            {
                Id = $"doc-{i:D4}",
                Kind = DocumentKind.Tip,
                Title = Words(3),
                Summary = Words(6),
                Path = $"tips/doc-{i:D4}.md",
                Body = string.Join("\n\n", sections.Select(s => (s.Heading.Length > 0 ? "## " + s.Heading + "\n\n" : "") + s.Text)),
                Sections = sections,
            };
        }).ToList();
    }
}
