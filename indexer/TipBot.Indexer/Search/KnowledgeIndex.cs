using System.Diagnostics;
using Lucene.Net.Store;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// The live index over a knowledge folder, in memory or on disk. <see cref="Rebuild"/> builds a complete
/// new index beside the serving one and swaps it in; searches during a rebuild use the old one, and a
/// build that throws (IO, a bug) leaves the old one serving. Bad files are not a failure: they are skipped
/// and reported in the build's diagnostics.
/// </summary>
public sealed class KnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private readonly Func<string, KnowledgeSet> _load;
    private readonly string? _indexPath;
    private readonly int _resultCacheSize;
    private readonly RankingOptions? _options;
    private readonly object _buildLock = new();
    private TipSearchEngine? _current;
    private BuildReport? _lastBuild;
    private bool _disposed;

    /// <param name="knowledgePath">The knowledge folder (tips, cases, workshops, coaches, synonyms.txt, english-dutch.txt).</param>
    /// <param name="indexPath">Where to keep the index on disk; null keeps it in memory.</param>
    /// <param name="load">How to read the folder; the parser's loader by default.</param>
    /// <param name="resultCacheSize">Recent searches each built index answers again without searching (0: none).</param>
    /// <param name="options">The ranking's knobs (<see cref="RankingOptions.Default"/> when null).</param>
    public KnowledgeIndex(string knowledgePath, string? indexPath = null, Func<string, KnowledgeSet>? load = null, int resultCacheSize = TipSearchEngine.DefaultResultCacheSize,
        RankingOptions? options = null)
    {
        _options = options;
        KnowledgePath = knowledgePath;
        _indexPath = indexPath;
        _resultCacheSize = resultCacheSize;
        _load = load ?? KnowledgeLoader.Load;
        Rebuild();
    }

    public string KnowledgePath { get; }

    public BuildReport? LastBuild => Volatile.Read(ref _lastBuild);

    public IReadOnlyList<KnowledgeDocument> Documents => Use(e => e.Documents, []);

    /// <summary>Done when the serving index's background reads started at open are (<see cref="IndexSnapshot.Warmed"/>).</summary>
    public Task Warmed => Use(e => e.Snapshot.Warmed, Task.CompletedTask);

    public SearchResult Search(SearchQuery query) => Use(e => e.Search(query), new SearchResult(query.Text ?? "", false, []));

    /// <summary>Searches without the result cache, recording what the ranking saw in <paramref name="trace"/> (<see cref="RankingTrace"/>).</summary>
    public SearchResult Search(SearchQuery query, RankingTrace trace) => Use(e => e.Search(query, trace), new SearchResult(query.Text ?? "", false, []));

    public SearchResult MoreLikeThis(string id, int top = 3) => Use(e => e.MoreLikeThis(id, top), new SearchResult(id ?? "", false, []));

    public KnowledgeDocument? Get(string id) => Use(e => e.Get(id), null);

    /// <summary>Reads the current index's snapshot (<paramref name="fallback"/> before the first build).</summary>
    public T Read<T>(Func<IndexSnapshot, T> read, T fallback) => Use(e => read(e.Snapshot), fallback);

    public BuildReport Rebuild()
    {
        lock (_buildLock)
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new List<Diagnostic>();
            BuildReport report;
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                // The term lists do not need the documents: they are read while the documents are parsed (if parsing
                // throws, they finish on their own; they touch nothing but their own result).
                var (synonyms, english) = SearchResources.ListsIn(KnowledgePath);
                var lists = TermLists.Start(synonyms, english);
                var set = _load(KnowledgePath);
                diagnostics.AddRange(set.Diagnostics);
                // Nothing readable where there was a library (a bad checkout, a folder half copied or being deleted):
                // a broken library, not an empty one. A restart starts from whatever is there.
                if (set.Documents.Count == 0 && Documents.Count > 0)
                    throw new InvalidDataException($"no document could be read ({set.Diagnostics.Count} problems)");
                var resources = SearchResources.ForLibrary(set.Documents, lists, diagnostics);
                var engine = Build(set.Documents, synonyms, english, resources);
                var old = Interlocked.Exchange(ref _current, engine);
                old?.Dispose();
                report = new BuildReport(true, set.Documents.Count, clock.Elapsed, DateTimeOffset.UtcNow, diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Add(new Diagnostic(KnowledgePath, 0, DiagnosticSeverity.Error, $"build failed, the previous index stays in use: {e.Message}"));
                report = new BuildReport(false, 0, clock.Elapsed, DateTimeOffset.UtcNow, diagnostics);
            }
            Volatile.Write(ref _lastBuild, report);
            return report;
        }
    }

    public void Dispose()
    {
        lock (_buildLock)
        {
            _disposed = true;
            Interlocked.Exchange(ref _current, null)?.Dispose();
        }
    }

    private TipSearchEngine Build(IReadOnlyList<KnowledgeDocument> documents, string? synonyms, string? english, SearchResources resources)
    {
        if (_indexPath is not null)
        {
            var generation = IndexStore.Publish(_indexPath, documents, synonyms, english, resources);
            return IndexStore.Open(generation, documents, resources, _resultCacheSize, _options);
        }
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        return new TipSearchEngine(new IndexSnapshot(dir, documents, resources, ownsDirectory: true), _options, _resultCacheSize);
    }

    // Runs against the current engine holding a reference, so a concurrent swap cannot close it mid-search.
    private T Use<T>(Func<TipSearchEngine, T> action, T fallback)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var engine = Volatile.Read(ref _current);
            if (engine is null) return fallback;
            if (!engine.Snapshot.TryAcquire()) continue;
            try
            {
                return action(engine);
            }
            finally
            {
                engine.Snapshot.Release();
            }
        }
        return fallback;
    }
}
