namespace TipBot.Indexer.Library;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A problem in a knowledge file, printed as <c>path:line: error: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, DiagnosticSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
