using Lucene.Net.Index;
using Lucene.Net.Store;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// A library written in chunks (one writer per core, then joined) must give the index one writer gives:
/// Lucene doc ids in library order (they break ranking ties) and the same answers to every question.
/// </summary>
public sealed class IndexBuilderTests : IClassFixture<IndexBuilderTests.Library>
{
    public sealed class Library
    {
        public Library()
        {
            var root = RepositoryRoot.Find();
            var knowledge = Path.Combine(root, "knowledge");
            Documents = KnowledgeLoader.Load(knowledge).Documents;
            Resources = SearchResources.ForLibrary(
                Documents,
                File.ReadAllText(Path.Combine(knowledge, SearchResources.SynonymsFile)),
                File.ReadAllText(Path.Combine(knowledge, SearchResources.EnglishFile)),
                new List<Diagnostic>());
            Queries = EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", "queries.tsv"))
                .Concat(EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", "holdout.tsv")))
                .Select(q => q.Text)
                .ToList();
        }

        public IReadOnlyList<KnowledgeDocument> Documents { get; }
        public SearchResources Resources { get; }
        public IReadOnlyList<string> Queries { get; }
    }

    private readonly Library _library;

    public IndexBuilderTests(Library library) => _library = library;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Entries_follow_library_order(int chunks)
    {
        using var dir = Build(chunks);
        using var reader = DirectoryReader.Open(dir);

        var expected = _library.Documents
            .SelectMany(d => new[] { $"{d.Id} doc" }.Concat(d.Sections.Select((_, i) => $"{d.Id} section {i}")))
            .ToList();
        Assert.Equal(expected, Entries(reader));
        if (chunks > 1) Assert.Equal(chunks, reader.Leaves.Count);
    }

    [Fact]
    public void Chunked_build_answers_every_question_as_one_writer_does()
    {
        using var single = Engine(Build(1));
        using var chunked = Engine(Build(3));
        foreach (var query in _library.Queries)
        {
            var q = new SearchQuery(query) { Top = 10 };
            AssertSameUpToRounding(single.Search(q), chunked.Search(q));
        }
        foreach (var d in _library.Documents.Take(10))
        {
            AssertSameUpToRounding(single.MoreLikeThis(d.Id, 5), chunked.MoreLikeThis(d.Id, 5));
        }
    }

    [Fact]
    public void Two_chunked_builds_are_the_same()
    {
        using var first = Engine(Build(2));
        using var second = Engine(Build(2));
        Assert.Equal(Entries(first.Snapshot.Reader), Entries(second.Snapshot.Reader));
        foreach (var query in _library.Queries)
        {
            var q = new SearchQuery(query) { Top = 10 };
            Assert.Equal(Describe(first.Search(q)), Describe(second.Search(q)));
        }
    }

    [Fact]
    public void Chunked_build_on_disk_leaves_only_the_index()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "lucene");
        using (var dir = FSDirectory.Open(target))
        {
            IndexBuilder.Write(dir, _library.Documents, _library.Resources, chunks: 2);
        }

        Assert.Equal(["lucene"], System.IO.Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
        using var reopened = FSDirectory.Open(target);
        using var reader = DirectoryReader.Open(reopened);
        Assert.Equal(_library.Documents.Sum(d => 1 + d.Sections.Count), reader.NumDocs);
    }

    [Fact]
    public void Chunk_count_uses_the_cores_only_for_large_libraries()
    {
        Assert.Equal(1, IndexBuilder.ChunkCount(66));
        Assert.Equal(1, IndexBuilder.ChunkCount(IndexBuilder.MinDocumentsPerChunk * 2 - 1));
        Assert.Equal(Math.Min(2, Environment.ProcessorCount), IndexBuilder.ChunkCount(IndexBuilder.MinDocumentsPerChunk * 2));
        Assert.Equal(Environment.ProcessorCount, IndexBuilder.ChunkCount(1_000_000));
    }

    private RAMDirectory Build(int chunks)
    {
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, _library.Documents, _library.Resources, chunks);
        return dir;
    }

    private TipSearchEngine Engine(RAMDirectory dir) =>
        new(new IndexSnapshot(dir, _library.Documents, _library.Resources, ownsDirectory: true));

    /// <summary>Each Lucene doc as "id doc" or "id section N", in doc id order, read from the stored fields.</summary>
    private static List<string> Entries(IndexReader reader) =>
        Enumerable.Range(0, reader.MaxDoc)
            .Select(reader.Document)
            .Select(doc => doc.GetField(IndexFields.SectionIndex) is { } section
                ? $"{doc.Get(IndexFields.Id)} section {section.GetInt32Value()}"
                : $"{doc.Get(IndexFields.Id)} doc")
            .ToList();

    /// <summary>
    /// Same answer, hits, order, sections and snippets; scores equal but for float rounding (a sum over two segments
    /// may round in the last bit where one segment does not, about 1e-7 relative).
    /// </summary>
    private static void AssertSameUpToRounding(SearchResult expected, SearchResult actual)
    {
        Assert.Equal(Describe(expected, withScores: false), Describe(actual, withScores: false));
        foreach (var (e, a) in expected.Hits.Zip(actual.Hits))
        {
            Assert.InRange(Math.Abs(e.Score - a.Score), 0, 1e-5 * Math.Max(1, Math.Abs(e.Score)));
        }
    }

    private static string Describe(SearchResult result, bool withScores = true) =>
        $"{result.Answered}: " + string.Join(" | ", result.Hits.Select(h => $"{h.Id} [{h.Section}] {(withScores ? h.Score.ToString("R") : "")} {h.Snippet}"));
}
