namespace TipBot.Indexer.Library;

/// <summary>What parsing one file gives: the document (null when the file has errors) and its diagnostics.</summary>
public sealed record KnowledgeFileResult(KnowledgeDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
