using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>TipBot's own search (KnowledgeIndex over Lucene) on the synthetic corpus: build, warm queries, near-real-time update.</summary>
public static class LuceneStage
{
    public const string Engine = "tipbot-lucene";

    public static StageResult Run(SyntheticCorpus corpus, int documents, string? realLibrary, int queryCount, TextWriter log)
    {
        using var work = new BenchWorkspace();
        log.WriteLine($"[{Engine} {documents}] writing corpus");
        work.WriteCorpus(corpus, documents, realLibrary);
        var queries = corpus.Queries(documents, BenchQueries.Warmup + queryCount);

        log.WriteLine($"[{Engine} {documents}] building");
        var clock = Stopwatch.StartNew();
        // Parsing alone, timed and then dropped: keeping it would hold a second copy of the corpus beside the engine's.
        _ = KnowledgeLoader.Load(work.Knowledge).Documents.Count;
        var parse = clock.Elapsed;
        GC.Collect();

        // The build a user runs (`build`, the bot's rebuild): parse, analysis resources, atomic publish, open.
        // No result cache: the bench measures searching, not remembering (its queries rarely repeat anyway).
        var (built, build, buildCpu) = Timed(() => new KnowledgeIndex(work.Knowledge, work.Index, resultCacheSize: 0));
        using var index = built;
        RequireBuilt(index.LastBuild, documents, "build");

        // The issue's latency is a warm searcher's: the background reads started at open finish before the questions.
        clock.Restart();
        index.Warmed.Wait();
        var warm = clock.Elapsed;
        log.WriteLine($"[{Engine} {documents}] warm after {warm.TotalSeconds:0.00} s");

        log.WriteLine($"[{Engine} {documents}] querying");
        var latency = new Latency();
        var found = 0;
        var collections = new QueryCollections();
        for (var i = 0; i < queries.Count; i++)
        {
            var query = new SearchQuery(queries[i]) { Top = 10 };
            if (i < BenchQueries.Warmup)
            {
                index.Search(query);
                continue;
            }

            if (i == BenchQueries.Warmup)
                collections.Start();
            if (latency.Time(() => index.Search(query)).Hits.Count > 0)
                found++;
        }
        collections.Stop();

        log.WriteLine($"[{Engine} {documents}] near-real-time updates");
        var nrt = NearRealTime(work, index.Documents);

        // Peak memory and load are read here, before the rebuild below puts a second index beside the first.
        var result = StageResult.From(Engine, documents, parse, build, buildCpu, latency, found, nrt,
            "IndexWriter.UpdateDocuments + SearcherManager.MaybeRefreshBlocking, same DutchAnalyzer and entries") with
        {
            WarmSeconds = warm.TotalSeconds,
            QueryCollections = collections.Count,
            QueryFullCollections = collections.Gen2Count,
            QueryGcPauseMs = collections.PauseMs,
        };

        log.WriteLine($"[{Engine} {documents}] rebuilding in the same process");
        // The same whole build again in this process, as the bot runs it on a library change: what the first build
        // spent compiling (about 1.5 s at 10,000 tips) is not in it, so the two show the one-time cost apart.
        GC.Collect();
        var (rebuilt, rebuild, rebuildCpu) = Timed(index.Rebuild);
        RequireBuilt(rebuilt, documents, "rebuild");
        return result with
        {
            RebuildSeconds = rebuild.TotalSeconds,
            RebuildDocsPerSecond = documents / rebuild.TotalSeconds,
            RebuildCpuSeconds = rebuildCpu.TotalSeconds,
        };
    }

    /// <summary>Runs <paramref name="work"/>, timing its wall clock and the process's CPU time (all threads).</summary>
    private static (T Value, TimeSpan Wall, TimeSpan Cpu) Timed<T>(Func<T> work)
    {
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var value = work();
        return (value, clock.Elapsed, CpuTime() - cpu);
    }

    private static void RequireBuilt(BuildReport? report, int documents, string what)
    {
        if (report is not { Succeeded: true } || report.DocumentCount != documents)
            throw new InvalidOperationException($"{what} failed: {string.Join("; ", report?.Diagnostics.Take(3) ?? [])}");
    }

    /// <summary>
    /// The engine rebuilds whole libraries; this measures what an incremental path would give: one document's
    /// entries replaced through Lucene's NRT writer on the built index, then a search that must find its new word.
    /// </summary>
    private static Latency NearRealTime(BenchWorkspace work, IReadOnlyList<KnowledgeDocument> documents)
    {
        var (synonyms, english) = SearchResources.ListsIn(work.Knowledge);
        var resources = SearchResources.ForLibrary(documents, synonyms, english, new List<Diagnostic>());
        var analyzer = new DutchAnalyzer(resources, AnalysisMode.Index);
        var generation = IndexStore.Current(work.Index) ?? throw new InvalidOperationException("no index generation");
        using var directory = FSDirectory.Open(Path.Combine(generation, "lucene"));
        var config = new IndexWriterConfig(DutchAnalyzer.Version, analyzer) { OpenMode = OpenMode.APPEND, Similarity = new BM25Similarity() };
        using var writer = new IndexWriter(directory, config);
        using var manager = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);

        var latency = new Latency();
        for (var k = 0; k < BenchQueries.NrtRepeats + 1; k++)
        {
            var original = documents[(int)((long)k * 7919 % documents.Count)];
            var marker = "zqxmarker" + (char)('a' + k % 26) + (char)('a' + k / 26);
            var last = original.Sections[^1];
            var changed = original with
            {
                Sections = [.. original.Sections.SkipLast(1), last with { Text = last.Text + " " + marker }],
            };
            var term = new Term(IndexFields.Text, AnalyzedTerm(analyzer, marker));

            // The first round warms the writer and the refresh; it is not counted.
            var round = () =>
            {
                writer.UpdateDocuments(new Term(IndexFields.Id, changed.Id), IndexBuilder.Entries(changed, analyzer));
                manager.MaybeRefreshBlocking();
                var searcher = manager.Acquire();
                try
                {
                    return searcher.Search(new TermQuery(term), 1).TotalHits;
                }
                finally
                {
                    manager.Release(searcher);
                }
            };
            var hits = k == 0 ? round() : latency.Time(round);
            if (hits != 1)
                throw new InvalidOperationException($"the changed document was not found after the reopen ({hits} hits)");
        }

        return latency;
    }

    private static string AnalyzedTerm(DutchAnalyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Text, new StringReader(word));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return result;
    }

    private static TimeSpan CpuTime() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
}
