using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class KnowledgeIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tipbot-index-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string KnowledgeFolder()
    {
        var dir = Path.Combine(_root, "knowledge");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, SearchResources.SynonymsFile), SampleLibrary.Synonyms);
        File.WriteAllText(Path.Combine(dir, SearchResources.EnglishFile), SampleLibrary.English);
        return dir;
    }

    /// <summary>A loader that serves the sample library, or throws while <see cref="Fail"/> is set.</summary>
    private sealed class FlakyLoader
    {
        public bool Fail { get; set; }
        public IReadOnlyList<KnowledgeDocument> Documents { get; set; } = SampleLibrary.Documents;
        public KnowledgeSet Load(string _) => Fail ? throw new IOException("disk on fire") : new KnowledgeSet(Documents, []);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFailedRebuildKeepsTheOldIndexServing(bool onDisk)
    {
        var loader = new FlakyLoader();
        var indexPath = onDisk ? Path.Combine(_root, "index") : null;
        using var index = new KnowledgeIndex(KnowledgeFolder(), indexPath, loader.Load);
        Assert.True(index.LastBuild!.Succeeded);
        Assert.Equal("boze-bellers", index.Search(new SearchQuery("boze bellers")).Hits[0].Id);
        var current = onDisk ? IndexStore.Current(indexPath!) : null;

        loader.Fail = true;
        var report = index.Rebuild();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("disk on fire"));
        Assert.Same(report, index.LastBuild);
        Assert.Equal("boze-bellers", index.Search(new SearchQuery("boze bellers")).Hits[0].Id);
        Assert.Equal(SampleLibrary.Documents.Count, index.Documents.Count);
        if (onDisk) Assert.Equal(current, IndexStore.Current(indexPath!));
    }

    [Fact]
    public void ALibraryWithNothingReadableDoesNotReplaceAGoodIndex()
    {
        var loader = new FlakyLoader();
        using var index = new KnowledgeIndex(KnowledgeFolder(), load: loader.Load);

        // Every file broken (or the folder emptied mid-copy): no documents where there were many.
        loader.Documents = [];
        var report = index.Rebuild();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("no document could be read", StringComparison.Ordinal));
        Assert.Equal(SampleLibrary.Documents.Count, index.Documents.Count);
        Assert.Equal("boze-bellers", index.Search(new SearchQuery("boze bellers")).Hits[0].Id);
    }

    [Fact]
    public void ARebuildSwapsInTheNewLibraryAndCleansOldGenerations()
    {
        var loader = new FlakyLoader();
        var indexPath = Path.Combine(_root, "index");
        using var index = new KnowledgeIndex(KnowledgeFolder(), indexPath, loader.Load);
        Assert.False(index.Search(new SearchQuery("hondenbelasting")).Answered);

        loader.Documents = [.. SampleLibrary.Documents, SampleLibrary.Doc("honden", DocumentKind.Tip, "Hondenbelasting uitleggen", "Leg de hondenbelasting uit.", [], ("", "De hondenbelasting is een gemeentelijke belasting."))];
        var report = index.Rebuild();

        Assert.True(report.Succeeded);
        Assert.Equal(SampleLibrary.Documents.Count + 1, report.DocumentCount);
        Assert.Equal("honden", index.Search(new SearchQuery("hondenbelasting")).Hits[0].Id);
        Assert.Single(Directory.GetDirectories(indexPath));
        using var reopened = IndexStore.Open(indexPath);
        Assert.Equal("honden", reopened.Search(new SearchQuery("hondenbelasting")).Hits[0].Id);
    }

    [Fact]
    public void AnOpenedIndexIsSearchedFromMemoryAndOutlivesItsFiles()
    {
        var indexPath = Path.Combine(_root, "index");
        using (new KnowledgeIndex(KnowledgeFolder(), indexPath, new FlakyLoader().Load)) { }

        using var opened = IndexStore.Open(indexPath);
        Assert.IsType<Lucene.Net.Store.RAMDirectory>(opened.Snapshot.Directory);
        Directory.Delete(indexPath, recursive: true);
        Assert.Equal(SampleLibrary.Documents[0].Id, opened.Search(new SearchQuery(SampleLibrary.Documents[0].Title)).Hits[0].Id);
    }

    [Fact]
    public async Task SearchesKeepWorkingDuringRebuilds()
    {
        var loader = new FlakyLoader();
        using var index = new KnowledgeIndex(KnowledgeFolder(), null, loader.Load);
        var errors = 0;
        var wrong = 0;
        using var stop = new CancellationTokenSource();
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (index.Search(new SearchQuery("boze bellers")).Hits.FirstOrDefault()?.Id != "boze-bellers") Interlocked.Increment(ref wrong);
                }
                catch
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        for (var i = 0; i < 10; i++) Assert.True(index.Rebuild().Succeeded);
        stop.Cancel();
        await Task.WhenAll(searchers);
        Assert.Equal(0, errors);
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void TermListProblemsAreWarningsNotFailures()
    {
        var folder = KnowledgeFolder();
        File.WriteAllText(Path.Combine(folder, SearchResources.SynonymsFile), "burger, inwoner\n!!!, ???\n");
        using var index = new KnowledgeIndex(folder, null, new FlakyLoader().Load);
        Assert.True(index.LastBuild!.Succeeded);
        Assert.Contains(index.LastBuild.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Path == SearchResources.SynonymsFile && d.Line == 2);
    }

    [Fact]
    public void TermListWarningsFollowTheDocumentsProblemsInFileOrder()
    {
        // The lists are read while the documents are parsed; the report still reads documents first, then each list.
        var folder = KnowledgeFolder();
        File.WriteAllText(Path.Combine(folder, SearchResources.SynonymsFile), "burger, inwoner\n!!!, ???\n");
        File.WriteAllText(Path.Combine(folder, SearchResources.EnglishFile), "angry => boos\n=> boos\n");
        var fileProblem = new Diagnostic("tips/a.md", 3, DiagnosticSeverity.Warning, "unknown field 'titel' (ignored)");
        using var index = new KnowledgeIndex(folder, null, _ => new KnowledgeSet(SampleLibrary.Documents, [fileProblem]));

        Assert.True(index.LastBuild!.Succeeded);
        Assert.Equal(
            [("tips/a.md", 3), (SearchResources.SynonymsFile, 2), (SearchResources.EnglishFile, 2)],
            index.LastBuild.Diagnostics.Select(d => (d.Path, d.Line)).ToList());
    }
}
