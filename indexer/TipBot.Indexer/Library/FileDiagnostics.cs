namespace TipBot.Indexer.Library;

/// <summary>Collects the diagnostics of one file, all carrying its path.</summary>
internal sealed class FileDiagnostics(string path)
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(int line, string message) => items.Add(new Diagnostic(path, line, DiagnosticSeverity.Error, message));

    public void Warning(int line, string message) => items.Add(new Diagnostic(path, line, DiagnosticSeverity.Warning, message));
}
