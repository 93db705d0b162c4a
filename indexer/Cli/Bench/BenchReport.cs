using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>Everything one bench run measured, printed as a table or as one JSON object.</summary>
public sealed record BenchReport(
    IReadOnlyList<StageResult> Stages,
    LibraryRebuild.Result? LibraryRebuild,
    int VocabularySize,
    double WordsPerTip,
    int SmallSize,
    int LargeSize)
{
    public void WriteTable(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Search engine bench: synthetic Dutch tips (~{WordsPerTip:0} words, vocabulary {VocabularySize:N0}), {BenchQueries.Measured} warm queries per stage, top 10");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        output.WriteLine();
        output.WriteLine(string.Format(c, "{0,-14} {1,8} {2,8} {3,8} {4,8} {5,8} {6,8} {7,8} {8,6} {9,16} {10,8} {11,5}",
            "engine", "docs", "build s", "cpu s", "docs/s", "p50 ms", "p95 ms", "p99 ms", "hits", "NRT ms med/max", "peak MB", "load"));
        foreach (var s in Stages)
        {
            output.WriteLine(string.Format(c, "{0,-14} {1,8} {2,8:0.00} {3,8:0.00} {4,8:0} {5,8:0.000} {6,8:0.000} {7,8:0.000} {8,6:P0} {9,16} {10,8:0} {11,5:0.0}",
                s.Engine, s.Documents, s.BuildSeconds, s.BuildCpuSeconds, s.BuildDocsPerSecond, s.P50Ms, s.P95Ms, s.P99Ms, s.HitRate,
                string.Format(c, "{0:0.0}/{1:0.0}", s.NrtMedianMs, s.NrtMaxMs), s.PeakBytes / 1048576.0, s.LoadAverage));
        }

        output.WriteLine();
        output.WriteLine("query CPU time of the querying thread (not inflated by other processes): p50 / p99 ms");
        foreach (var s in Stages)
            output.WriteLine(string.Format(c, "{0,-14} {1,8} {2,8:0.000} {3,8:0.000}", s.Engine, s.Documents, s.CpuP50Ms, s.CpuP99Ms));

        var rebuilt = Stages.Where(s => s.RebuildSeconds > 0).ToList();
        if (rebuilt.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("the same build again in the warm process (the bot's rebuild on a library change, no compiling): s / cpu s / docs/s");
            foreach (var s in rebuilt)
                output.WriteLine(string.Format(c, "{0,-14} {1,8} {2,8:0.00} {3,8:0.00} {4,8:0}", s.Engine, s.Documents, s.RebuildSeconds, s.RebuildCpuSeconds, s.RebuildDocsPerSecond));
        }

        if (LibraryRebuild is { } rebuild)
        {
            output.WriteLine();
            output.WriteLine(string.Format(c, "engine's own update path: real library ({0} documents), one file changed, Rebuild() then found: {1:0.0} ms median, {2:0.0} ms max",
                rebuild.Documents, rebuild.MedianMs, rebuild.MaxMs));
        }

        output.WriteLine();
        foreach (var (target, met) in Targets())
            output.WriteLine($"{(met ? "met   " : "MISSED")} {target}");
    }

    public void WriteJson(TextWriter output)
    {
        var json = new
        {
            machine = new { cores = Environment.ProcessorCount, os = RuntimeInformation.OSDescription, runtime = RuntimeInformation.FrameworkDescription },
            corpus = new { seed = SyntheticCorpus.Seed, vocabulary = VocabularySize, wordsPerTip = Math.Round(WordsPerTip, 1), queries = BenchQueries.Measured, warmup = BenchQueries.Warmup },
            stages = Stages,
            libraryRebuild = LibraryRebuild,
            targets = Targets().Select(t => new { target = t.Target, met = t.Met }),
        };
        output.WriteLine(JsonSerializer.Serialize(json, BenchJson.Options));
    }

    private IEnumerable<(string Target, bool Met)> Targets()
    {
        StageResult? Find(string engine, int size) => Stages.FirstOrDefault(s => s.Engine == engine && s.Documents == size);
        var smallLucene = Find(LuceneStage.Engine, SmallSize);
        var smallFts = Find(Fts5Stage.Engine, SmallSize);
        var largeLucene = Find(LuceneStage.Engine, LargeSize);
        var largeFts = Find(Fts5Stage.Engine, LargeSize);
        var c = CultureInfo.InvariantCulture;

        if (smallLucene is not null)
        {
            yield return (string.Format(c, "build >= 2,000 docs/s at {0}: {1:0}", SmallSize, smallLucene.BuildDocsPerSecond), smallLucene.BuildDocsPerSecond >= 2000);
            yield return (string.Format(c, "p99 <= 2 ms at {0}: {1:0.000} ms", SmallSize, smallLucene.P99Ms), smallLucene.P99Ms <= 2);
            yield return (string.Format(c, "NRT <= 200 ms at {0}: {1:0.0} ms median, {2:0.0} max", SmallSize, smallLucene.NrtMedianMs, smallLucene.NrtMaxMs), smallLucene.NrtMaxMs <= 200);
            if (smallFts is not null)
                yield return (string.Format(c, "p99 not slower than FTS5 at {0}: {1:0.000} vs {2:0.000} ms", SmallSize, smallLucene.P99Ms, smallFts.P99Ms), smallLucene.P99Ms <= smallFts.P99Ms);
        }

        if (largeLucene is not null)
        {
            yield return (string.Format(c, "p99 <= 10 ms at {0}: {1:0.000} ms", LargeSize, largeLucene.P99Ms), largeLucene.P99Ms <= 10);
            yield return (string.Format(c, "NRT <= 200 ms at {0}: {1:0.0} ms median, {2:0.0} max", LargeSize, largeLucene.NrtMedianMs, largeLucene.NrtMaxMs), largeLucene.NrtMaxMs <= 200);
            if (largeFts is not null)
                yield return (string.Format(c, "p99 not slower than FTS5 at {0}: {1:0.000} vs {2:0.000} ms", LargeSize, largeLucene.P99Ms, largeFts.P99Ms), largeLucene.P99Ms <= largeFts.P99Ms);
        }
    }
}
