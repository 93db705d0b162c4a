using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using TipBot.Indexer.Library;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TipBot.Indexer.Search;

/// <summary>Writes a library into a Lucene directory: one entry per document and one per section.</summary>
public static class IndexBuilder
{
    public static void Write(LuceneDirectory directory, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources)
    {
        var config = new IndexWriterConfig(DutchAnalyzer.Version, new DutchAnalyzer(resources, AnalysisMode.Index))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var d in documents)
        {
            writer.AddDocument(DocumentEntry(d));
            for (var i = 0; i < d.Sections.Count; i++)
            {
                writer.AddDocument(SectionEntry(d, i));
            }
        }
        writer.Commit();
    }

    /// <summary>The index entries of one document (the whole document, then each section), for an incremental update.</summary>
    public static IEnumerable<Document> Entries(KnowledgeDocument d)
    {
        yield return DocumentEntry(d);
        for (var i = 0; i < d.Sections.Count; i++)
        {
            yield return SectionEntry(d, i);
        }
    }

    // Whole-document fields keep term vectors: the ranking asks which question words a candidate contains,
    // and reading them back is far cheaper than analysing the document again at query time.
    private static readonly FieldType TextWithTermVectors = CreateTextWithTermVectors();

    private static Document DocumentEntry(KnowledgeDocument d)
    {
        var doc = Filters(d, IndexFields.DocEntry);
        doc.Add(new Field(IndexFields.Title, d.Title, TextWithTermVectors));
        doc.Add(new Field(IndexFields.Tags, string.Join(' ', d.Tags.Select(t => t.Replace('-', ' '))), TextWithTermVectors));
        doc.Add(new Field(IndexFields.Summary, d.Summary, TextWithTermVectors));
        doc.Add(new Field(IndexFields.Body, BodyText(d), TextWithTermVectors));
        return doc;
    }

    private static FieldType CreateTextWithTermVectors()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
        type.Freeze();
        return type;
    }

    private static Document SectionEntry(KnowledgeDocument d, int index)
    {
        var s = d.Sections[index];
        var doc = Filters(d, IndexFields.SectionEntry);
        doc.Add(new StoredField(IndexFields.SectionIndex, index));
        doc.Add(new TextField(IndexFields.Heading, s.Heading, Field.Store.NO));
        doc.Add(new TextField(IndexFields.Text, PlainText.FromMarkdown(s.Text), Field.Store.NO));
        return doc;
    }

    /// <summary>The searchable body: every section with its heading (or the raw body when there are no sections).</summary>
    public static string BodyText(KnowledgeDocument d) =>
        d.Sections.Count == 0
            ? PlainText.FromMarkdown(d.Body)
            : string.Join("\n", d.Sections.Select(s => (s.Heading.Length > 0 ? s.Heading + "\n" : "") + PlainText.FromMarkdown(s.Text)));

    private static Document Filters(KnowledgeDocument d, string entry)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, d.Id, Field.Store.YES),
            new StringField(IndexFields.Entry, entry, Field.Store.NO),
            new StringField(IndexFields.Kind, KindName(d.Kind), Field.Store.NO),
        };
        foreach (var a in d.Audience) doc.Add(new StringField(IndexFields.Audience, a.ToLowerInvariant(), Field.Store.NO));
        foreach (var p in d.Perspectives) doc.Add(new StringField(IndexFields.Perspective, p.ToLowerInvariant(), Field.Store.NO));
        foreach (var t in d.Tags) doc.Add(new StringField(IndexFields.Tag, t.ToLowerInvariant(), Field.Store.NO));
        return doc;
    }

    public static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();
}
