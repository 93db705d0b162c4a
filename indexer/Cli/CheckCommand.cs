using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Cli;

/// <summary><c>check DIR</c>: validates a knowledge folder; exit 0 without errors, 1 with.</summary>
public sealed class CheckCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new("check", "check DIR", Positionals: 1);

    public int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var directory = line.Positionals[0];
        var set = KnowledgeLoader.Load(directory);
        var diagnostics = new List<Diagnostic>(set.Diagnostics);
        // Coaches edit synonyms.txt and english-dutch.txt too: their bad lines are warnings, as in a build.
        SearchResources.CheckLists(directory, diagnostics);
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic);

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var files = KnowledgeLoader.KnowledgeFiles(directory).Count;
        output.WriteLine($"{files} files, {set.Documents.Count} documents loaded, {errors} errors, {warnings} warnings");
        return errors == 0 ? 0 : 1;
    }
}
