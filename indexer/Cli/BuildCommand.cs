using System.Diagnostics;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary><c>build DIR --index OUT</c>: builds the index atomically beside the old one; prints counts and time.</summary>
public sealed class BuildCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new("build", "build DIR --index OUT", Positionals: 1, Options: ["--index"]);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var knowledge = line.Positionals[0];
        var indexPath = line.Required("--index");
        if (!Directory.Exists(knowledge)) throw new UsageException($"knowledge folder not found: {knowledge}");

        var clock = Stopwatch.StartNew();
        using var index = new KnowledgeIndex(knowledge, indexPath);
        var report = index.LastBuild!;
        foreach (var d in report.Diagnostics) error.WriteLine(d);
        if (!report.Succeeded)
        {
            error.WriteLine($"build failed; the previous index in {indexPath} is unchanged");
            return 1;
        }
        var docs = index.Documents;
        var sections = docs.Sum(d => d.Sections.Count);
        var byKind = string.Join(", ", docs.GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Name()}"));
        var errors = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = report.Diagnostics.Count - errors;
        output.WriteLine($"indexed {docs.Count} documents ({byKind}), {sections} sections into {indexPath}");
        output.WriteLine($"{errors} errors (files skipped), {warnings} warnings; build {report.Duration.TotalMilliseconds:0} ms, total {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
