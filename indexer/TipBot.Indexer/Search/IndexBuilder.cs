using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TipBot.Indexer.Library;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TipBot.Indexer.Search;

/// <summary>Writes a library into a Lucene directory: one entry per document and one per section.</summary>
public static class IndexBuilder
{
    /// <summary>Libraries smaller than this are written by one writer: a chunk's fixed costs would outweigh the second core.</summary>
    public const int MinDocumentsPerChunk = 1000;

    public static void Write(LuceneDirectory directory, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources) =>
        Write(directory, documents, resources, ChunkCount(documents.Count));

    /// <summary>One chunk per core for a large library, one for a small one.</summary>
    public static int ChunkCount(int documents) => Math.Clamp(documents / MinDocumentsPerChunk, 1, Environment.ProcessorCount);

    /// <summary>
    /// Writes the library in <paramref name="chunks"/> contiguous chunks, each by its own writer on its own thread,
    /// then adds them to <paramref name="directory"/> in chunk order.
    /// </summary>
    /// <remarks>
    /// One IndexWriter adds documents from one thread, so inversion and term vectors ran on a single core. Chunks
    /// use every core, and Lucene doc ids (and so ties in ranking) still follow library order: each chunk adds its
    /// documents in order, merges only join neighbouring segments (<see cref="LogByteSizeMergePolicy"/>), and
    /// <see cref="IndexWriter.AddIndexes(LuceneDirectory[])"/> appends the chunks' segments as they are, in the order given.
    /// </remarks>
    public static void Write(LuceneDirectory directory, IReadOnlyList<KnowledgeDocument> documents, SearchResources resources, int chunks)
    {
        var analyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        chunks = Math.Clamp(chunks, 1, Math.Max(1, documents.Count));
        if (chunks == 1)
        {
            using var single = new IndexWriter(directory, Config(analyzer, RamBufferMB));
            AddPipelined(single, documents, analyzer);
            single.Commit();
            return;
        }

        var parts = new LuceneDirectory[chunks];
        try
        {
            for (var c = 0; c < chunks; c++) parts[c] = ScratchDirectory(directory, c);
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, c =>
            {
                var (start, end) = ((int)((long)documents.Count * c / chunks), (int)((long)documents.Count * (c + 1) / chunks));
                using var writer = new IndexWriter(parts[c], Config(analyzer, RamBufferMB / chunks));
                var fields = new EntryFields();
                for (var i = start; i < end; i++) AddEntries(writer, fields, documents[i], AnalysedDocument.Of(documents[i], analyzer, forWriter: true));
                writer.Commit();
            });
            using var final = new IndexWriter(directory, Config(analyzer, RamBufferMB));
            final.AddIndexes(parts);
            final.Commit();
        }
        finally
        {
            foreach (var part in parts) DropScratch(part);
        }
    }

    private const double RamBufferMB = 64;

    private static IndexWriterConfig Config(Analyzer analyzer, double ramBufferMB) => new(DutchAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = ramBufferMB,
        // Neighbouring segments only, so a merge never reorders documents (the default tiered policy may).
        MergePolicy = new LogByteSizeMergePolicy(),
        // A compound file is one more copy of every byte written; an index is a handful of segments, not thousands.
        UseCompoundFile = false,
    };

    /// <summary>A chunk's own directory: beside the target on disk (removed afterwards), in memory for an in-memory index.</summary>
    private static LuceneDirectory ScratchDirectory(LuceneDirectory target, int chunk) =>
        target is FSDirectory fs
            ? FSDirectory.Open(Path.Combine(fs.Directory.Parent?.FullName ?? fs.Directory.FullName, $"{fs.Directory.Name}.chunk-{chunk}"))
            : new RAMDirectory();

    private static void DropScratch(LuceneDirectory? part)
    {
        if (part is null) return;
        var path = (part as FSDirectory)?.Directory.FullName;
        part.Dispose();
        if (path is not null && System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
    }

    // Analysis (tokenizing, compounds, stemming) is independent per document: the next batch is analysed on every
    // core while this thread adds the current one in library order. Two batches at a time bound the memory: an
    // unbounded pipeline can run ahead of the single writer thread, holding every analysed document's tokens.
    private static void AddPipelined(IndexWriter writer, IReadOnlyList<KnowledgeDocument> documents, Analyzer analyzer)
    {
        var fields = new EntryFields();
        var next = AnalyseBatch(documents, 0, analyzer);
        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var current = next.GetAwaiter().GetResult();
            next = start + BatchSize < documents.Count ? AnalyseBatch(documents, start + BatchSize, analyzer) : Task.FromResult(Array.Empty<AnalysedDocument>());
            for (var k = 0; k < current.Length; k++) AddEntries(writer, fields, documents[start + k], current[k]);
        }
    }

    /// <summary>Adds a document's entries through <paramref name="fields"/>, refilled for each entry (the writer is done with an entry when AddDocument returns).</summary>
    private static void AddEntries(IndexWriter writer, EntryFields fields, KnowledgeDocument d, AnalysedDocument texts)
    {
        writer.AddDocument(fields.DocumentEntry(d, texts));
        for (var i = 0; i < d.Sections.Count; i++)
        {
            writer.AddDocument(fields.SectionEntry(d, i, texts));
        }
    }

    private const int BatchSize = 256;

    private static Task<AnalysedDocument[]> AnalyseBatch(IReadOnlyList<KnowledgeDocument> documents, int start, Analyzer analyzer) => Task.Run(() =>
    {
        var batch = new AnalysedDocument[Math.Min(BatchSize, documents.Count - start)];
        Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => batch[i] = AnalysedDocument.Of(documents[start + i], analyzer, forWriter: true));
        return batch;
    });

    /// <summary>The index entries of one document (the whole document, then each section), for an incremental update.</summary>
    public static IEnumerable<Document> Entries(KnowledgeDocument d, Analyzer analyzer)
    {
        var texts = AnalysedDocument.Of(d, analyzer, forWriter: true);
        // Fresh fields for each entry: a caller may hold several entries at once.
        yield return new EntryFields().DocumentEntry(d, texts);
        for (var i = 0; i < d.Sections.Count; i++)
        {
            yield return new EntryFields().SectionEntry(d, i, texts);
        }
    }

    /// <summary>The searchable body: every section with its heading (or the raw body when there are no sections).</summary>
    public static string BodyText(KnowledgeDocument d) =>
        d.Sections.Count == 0
            ? PlainText.FromMarkdown(d.Body)
            : string.Join("\n", d.Sections.Select(s => (s.Heading.Length > 0 ? s.Heading + "\n" : "") + PlainText.FromMarkdown(s.Text)));

    /// <summary>The kind's name as the index holds it: the enum's name, lower-cased.</summary>
    public static string KindName(DocumentKind kind) =>
        (uint)kind < (uint)KindNames.Length && KindNames[(int)kind] is { } name ? name : kind.ToString().ToLowerInvariant();

    // Made once: every index entry and every filtered question needs one, and ToString boxed the kind and made two strings.
    private static readonly string?[] KindNames = NamesByValue();

    private static string?[] NamesByValue()
    {
        var kinds = Enum.GetValues<DocumentKind>();
        var names = new string?[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds) names[(int)kind] = kind.ToString().ToLowerInvariant();
        return names;
    }
}
