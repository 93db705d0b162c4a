using System.Globalization;
using System.Text.Json;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary>
/// <c>eval --knowledge DIR --queries FILE.tsv [--json] [--features FILE.jsonl]</c>: ranking and abstention quality, beside a
/// plain baseline; with --features also each question's leading candidates as the ranking saw them (<see cref="FeatureDump"/>);
/// with --memory another memory of earlier questions than the built-in one (<see cref="QuestionMemory"/>), for an evaluation
/// that leaves the library's own questions out of it; with --baseline-json the plain baseline's own results per row, as
/// --json gives the engine's (for reading row by row where the baseline ranks better).
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new(
        "eval", "eval --knowledge DIR --queries FILE.tsv [--json] [--features FILE.jsonl] [--memory FILE] [--baseline-json FILE]",
        Options: ["--knowledge", "--queries", "--features", "--memory", "--baseline-json"], Flags: ["--json"]);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var knowledge = line.Required("--knowledge");
        var queriesPath = line.Required("--queries");
        if (!Directory.Exists(knowledge)) throw new UsageException($"knowledge folder not found: {knowledge}");
        if (!File.Exists(queriesPath)) throw new UsageException($"queries file not found: {queriesPath}");
        IReadOnlyList<EvalQuery> queries;
        try
        {
            queries = EvalQuery.ReadFile(queriesPath);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }

        var options = RankingOptions.Default;
        if (line.Value("--memory") is { } memoryPath)
        {
            if (!File.Exists(memoryPath)) throw new UsageException($"memory file not found: {memoryPath}");
            try
            {
                options = options with { Memory = QuestionMemory.Read(memoryPath) };
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }
        using var index = new KnowledgeIndex(knowledge, options: options);
        if (index.LastBuild is { Succeeded: false } failed)
        {
            foreach (var d in failed.Diagnostics) error.WriteLine(d);
            return 1;
        }
        var engine = Run(queries, index);
        if (line.Value("--features") is { } featuresPath) FeatureDump.Write(queries, index, featuresPath);
        using var baselineSearch = new BaselineSearch(index.Documents);
        var baseline = Evaluator.Run(queries, q => baselineSearch.Search(q, Evaluator.ListLength));

        if (line.Value("--baseline-json") is { } baselinePath)
        {
            using var file = new StreamWriter(baselinePath);
            WriteRows(baseline, file);
        }
        if (line.Flag("--json")) WriteJson(engine, baseline, output);
        else WriteText(engine, baseline, queries.Count, output);
        return 0;
    }

    /// <summary>Runs the engine over the queries as the eval verb and the ranking tests do.</summary>
    public static EvalReport Run(IReadOnlyList<EvalQuery> queries, ITipSearch search) =>
        Evaluator.Run(queries, q =>
        {
            var r = search.Search(new SearchQuery(q) { Top = Evaluator.ListLength });
            return (r.Answered, r.Hits.Select(h => h.Id).ToList());
        });

    private static void WriteText(EvalReport engine, EvalReport baseline, int count, TextWriter output)
    {
        output.WriteLine($"{count} queries");
        output.WriteLine();
        output.WriteLine($"{"",-16} {"engine",8} {"baseline",9}");
        Row(output, "nDCG@5", engine.Metrics.Ndcg5, baseline.Metrics.Ndcg5);
        Row(output, "MRR", engine.Metrics.Mrr, baseline.Metrics.Mrr);
        Row(output, "abstain_correct", engine.Metrics.AbstainCorrect, baseline.Metrics.AbstainCorrect);
        Row(output, "false_abstain", engine.Metrics.FalseAbstain, baseline.Metrics.FalseAbstain);
        output.WriteLine();
        output.WriteLine($"{"category",-12} {"n",3}  {"nDCG@5",7} {"base",6}  {"MRR",6} {"base",6}  {"abst.ok",7} {"base",6}  {"false-ab",8}");
        foreach (var (category, m) in engine.ByCategory)
        {
            var b = baseline.ByCategory[category];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{category,-12} {m.Queries,3}  {F(m.Ndcg5),7} {F(b.Ndcg5),6}  {F(m.Mrr),6} {F(b.Mrr),6}  {F(m.AbstainCorrect),7} {F(b.AbstainCorrect),6}  {F(m.FalseAbstain),8}"));
        }
        var misses = engine.Outcomes.Where(o => o.Query.Answerable ? !o.Answered || RankingMetrics.ReciprocalRank(o.Results, o.Query.Relevant) < 1 : o.Answered).ToList();
        if (misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("queries not perfect (answered, first ids; expected):");
            foreach (var o in misses)
            {
                var expected = o.Query.Answerable ? string.Join(",", o.Query.Relevant.Select(kv => $"{kv.Key}:{kv.Value}")) : "NONE";
                output.WriteLine($"  [{o.Query.Category}] {o.Query.Text} -> {(o.Answered ? "answered" : "abstained")} {string.Join(",", o.Results.Take(3))}; expected {expected}");
            }
        }
        WriteBaselineWins(BaselineWins.Find(engine, baseline), output);
    }

    private static void WriteBaselineWins(IReadOnlyList<BaselineWin> wins, TextWriter output)
    {
        if (wins.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"rows the baseline ranks better ({wins.Count}; nDCG@5 engine / baseline, first id engine / baseline):");
        foreach (var w in wins)
        {
            var abstained = w.Engine.Answered ? "" : " (engine abstained)";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{w.Query.Category}] {w.Query.Text} -> {F(w.EngineNdcg5)} / {F(w.BaselineNdcg5)}; {w.EngineFirst ?? "-"} / {w.BaselineFirst ?? "-"}{abstained}"));
        }
    }

    private static void Row(TextWriter output, string name, double engine, double baseline) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {F(engine),8} {F(baseline),9}"));

    private static string F(double v) => double.IsNaN(v) ? "-" : v.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteJson(EvalReport engine, EvalReport baseline, TextWriter output)
    {
        var json = new
        {
            metrics = Metrics(engine.Metrics),
            baseline = Metrics(baseline.Metrics),
            categories = engine.ByCategory.ToDictionary(kv => kv.Key, kv => new
            {
                engine = Metrics(kv.Value),
                baseline = Metrics(baseline.ByCategory[kv.Key]),
            }),
            queries = Rows(engine),
        };
        output.WriteLine(JsonSerializer.Serialize(json, SearchCommand.Json));
    }

    private static void WriteRows(EvalReport report, TextWriter output)
    {
        var json = new
        {
            metrics = Metrics(report.Metrics),
            queries = Rows(report),
        };
        output.WriteLine(JsonSerializer.Serialize(json, SearchCommand.Json));
    }

    // Each question of a report as --json and --baseline-json write it: the question, the answered flag and the result ids.
    private static IEnumerable<object> Rows(EvalReport report) =>
        report.Outcomes.Select(o => new { query = o.Query.Text, answered = o.Answered, results = o.Results });

    private static object Metrics(EvalMetrics m) => new
    {
        ndcg5 = Num(m.Ndcg5),
        mrr = Num(m.Mrr),
        abstain_correct = Num(m.AbstainCorrect),
        false_abstain = Num(m.FalseAbstain),
    };

    private static double? Num(double v) => double.IsNaN(v) ? null : Math.Round(v, 4);
}
