using TipBot.Indexer.Library;

namespace TipBot.Indexer.Cli;

/// <summary><c>check DIR</c>: validates a knowledge folder; exit 0 without errors, 1 with.</summary>
public sealed class CheckCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new("check", "check DIR", Positionals: 1);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var directory = line.Positionals[0];
        var set = KnowledgeLoader.Load(directory);
        foreach (var diagnostic in set.Diagnostics)
            output.WriteLine(diagnostic);

        var errors = set.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = set.Diagnostics.Count - errors;
        var files = KnowledgeLoader.KnowledgeFiles(directory).Count;
        output.WriteLine($"{files} files, {set.Documents.Count} documents loaded, {errors} errors, {warnings} warnings");
        return errors == 0 ? 0 : 1;
    }
}
