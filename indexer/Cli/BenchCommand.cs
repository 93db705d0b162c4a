using System.Text.Json;
using System.Text.RegularExpressions;
using TipBot.Indexer.Cli.Bench;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Cli;

/// <summary>
/// <c>bench [--docs N] [--large N] [--knowledge DIR] [--json]</c>: TipBot's search against SQLite FTS5 on a synthetic
/// corpus (build rate, warm query latency, near-real-time update, peak memory). Each engine and size runs in its own process.
/// </summary>
public sealed class BenchCommand : ICliCommand
{
    // --worker is how the bench starts its own stage processes; it is not meant to be typed.
    public CommandSpec Spec { get; } = new("bench", "bench [--docs N] [--large N] [--knowledge DIR] [--json]",
        Options: ["--docs", "--large", "--knowledge", "--worker"], Flags: ["--json"]);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var small = line.Int("--docs", 10_000, min: 100);
        var large = line.Int("--large", 100_000, min: 0);
        var knowledge = line.Value("--knowledge") ?? FindLibrary();
        if (knowledge is not null && !Directory.Exists(knowledge))
            throw new UsageException($"knowledge folder not found: {knowledge}");

        if (line.Value("--worker") is { } engine)
        {
            var result = RunStage(engine, small, knowledge, error);
            output.WriteLine(JsonSerializer.Serialize(result, BenchJson.Options));
            return 0;
        }

        var stages = new List<StageResult>();
        foreach (var size in large > 0 ? [small, large] : new[] { small })
        {
            stages.Add(WorkerProcess.Run(LuceneStage.Engine, size, knowledge, error));
            stages.Add(WorkerProcess.Run(Fts5Stage.Engine, size, knowledge, error));
        }

        error.WriteLine("[bench] real library rebuild");
        var rebuild = LibraryRebuild.Measure(knowledge);
        var corpus = Corpus(knowledge);
        var report = new BenchReport(stages, rebuild, corpus.VocabularySize, WordsPerTip(corpus), small, large);
        if (line.Flag("--json"))
            report.WriteJson(output);
        else
            report.WriteTable(output);
        return 0;
    }

    /// <summary>One stage in this process (what a worker runs).</summary>
    public static StageResult RunStage(string engine, int documents, string? knowledge, TextWriter log)
    {
        var corpus = Corpus(knowledge);
        return engine switch
        {
            LuceneStage.Engine => LuceneStage.Run(corpus, documents, knowledge, BenchQueries.Measured, log),
            Fts5Stage.Engine => Fts5Stage.Run(corpus, documents, knowledge, BenchQueries.Measured, log),
            _ => throw new UsageException($"unknown bench engine '{engine}'"),
        };
    }

    private static SyntheticCorpus Corpus(string? knowledge) =>
        SyntheticCorpus.FromLibrary(knowledge is null ? [] : KnowledgeLoader.Load(knowledge).Documents);

    private static double WordsPerTip(SyntheticCorpus corpus) =>
        Enumerable.Range(0, 200).Average(i =>
        {
            var text = corpus.Markdown(i);
            return Regex.Count(text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..], @"\p{L}+");
        });

    /// <summary>The repository's knowledge folder: ./knowledge, or next to TipBot.sln above the current folder.</summary>
    private static string? FindLibrary()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (Directory.Exists(candidate) && (File.Exists(Path.Combine(dir.FullName, "TipBot.sln")) || dir.FullName == Directory.GetCurrentDirectory()))
                return candidate;
        }

        return null;
    }
}
