using Lucene.Net.Analysis;
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
        var analyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        var config = new IndexWriterConfig(DutchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        // Analysis (tokenizing, compounds, stemming) is most of a build and independent per document: the next batch
        // is analysed on every core while this thread adds the current one in library order, so Lucene doc ids (and
        // so ties in ranking) stay the same from build to build. Two batches at a time bound the memory: an
        // unbounded pipeline can run ahead of the single writer thread, holding every analysed document's tokens.
        var next = AnalyseBatch(documents, 0, analyzer);
        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var current = next.GetAwaiter().GetResult();
            next = start + BatchSize < documents.Count ? AnalyseBatch(documents, start + BatchSize, analyzer) : Task.FromResult(Array.Empty<AnalysedDocument>());
            for (var k = 0; k < current.Length; k++)
            {
                var d = documents[start + k];
                writer.AddDocument(DocumentEntry(d, current[k]));
                for (var i = 0; i < d.Sections.Count; i++)
                {
                    writer.AddDocument(SectionEntry(d, i, current[k]));
                }
            }
        }
        writer.Commit();
    }

    private const int BatchSize = 256;

    private static Task<AnalysedDocument[]> AnalyseBatch(IReadOnlyList<KnowledgeDocument> documents, int start, Analyzer analyzer) => Task.Run(() =>
    {
        var batch = new AnalysedDocument[Math.Min(BatchSize, documents.Count - start)];
        Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => batch[i] = AnalysedDocument.Of(documents[start + i], analyzer));
        return batch;
    });

    /// <summary>The index entries of one document (the whole document, then each section), for an incremental update.</summary>
    public static IEnumerable<Document> Entries(KnowledgeDocument d, Analyzer analyzer)
    {
        var texts = AnalysedDocument.Of(d, analyzer);
        yield return DocumentEntry(d, texts);
        for (var i = 0; i < d.Sections.Count; i++)
        {
            yield return SectionEntry(d, i, texts);
        }
    }

    /// <summary>Every text field of a document analysed once; a section's heading and text serve both its own entry and the body.</summary>
    private sealed record AnalysedDocument(AnalyzedText Title, AnalyzedText Tags, AnalyzedText Summary, AnalyzedText[] Headings, AnalyzedText[] Texts, AnalyzedText? RawBody)
    {
        public static AnalysedDocument Of(KnowledgeDocument d, Analyzer analyzer)
        {
            var headings = new AnalyzedText[d.Sections.Count];
            var texts = new AnalyzedText[d.Sections.Count];
            for (var i = 0; i < d.Sections.Count; i++)
            {
                headings[i] = AnalyzedText.Of(analyzer, IndexFields.Body, d.Sections[i].Heading);
                texts[i] = AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Sections[i].Text));
            }
            return new AnalysedDocument(
                AnalyzedText.Of(analyzer, IndexFields.Title, d.Title),
                AnalyzedText.Of(analyzer, IndexFields.Tags, TagsText(d)),
                AnalyzedText.Of(analyzer, IndexFields.Summary, d.Summary),
                headings,
                texts,
                d.Sections.Count == 0 ? AnalyzedText.Of(analyzer, IndexFields.Body, PlainText.FromMarkdown(d.Body)) : null);
        }

        /// <summary>The body as <see cref="BodyText"/> writes it: each section's heading, then its text.</summary>
        public AnalyzedText[] Body => RawBody is { } raw ? [raw] : [.. Headings.Zip(Texts).SelectMany(p => new[] { p.First, p.Second })];
    }

    // Whole-document fields keep term vectors: the ranking asks which question words a candidate contains,
    // and reading them back is far cheaper than analysing the document again at query time.
    private static readonly FieldType TextWithTermVectors = CreateTextWithTermVectors();

    private static Document DocumentEntry(KnowledgeDocument d, AnalysedDocument texts)
    {
        var doc = Filters(d, IndexFields.DocEntry);
        doc.Add(new Field(IndexFields.Title, AnalyzedText.Replay(texts.Title), TextWithTermVectors));
        doc.Add(new Field(IndexFields.Tags, AnalyzedText.Replay(texts.Tags), TextWithTermVectors));
        doc.Add(new Field(IndexFields.Summary, AnalyzedText.Replay(texts.Summary), TextWithTermVectors));
        doc.Add(new Field(IndexFields.Body, AnalyzedText.Replay(texts.Body), TextWithTermVectors));
        return doc;
    }

    private static string TagsText(KnowledgeDocument d) => string.Join(' ', d.Tags.Select(t => t.Replace('-', ' ')));

    private static FieldType CreateTextWithTermVectors()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
        type.Freeze();
        return type;
    }

    private static Document SectionEntry(KnowledgeDocument d, int index, AnalysedDocument texts)
    {
        var doc = Filters(d, IndexFields.SectionEntry);
        doc.Add(new StoredField(IndexFields.SectionIndex, index));
        doc.Add(new TextField(IndexFields.Heading, AnalyzedText.Replay(texts.Headings[index])));
        doc.Add(new TextField(IndexFields.Text, AnalyzedText.Replay(texts.Texts[index])));
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
