namespace TipBot.Indexer.Library;

/// <summary>What loading a knowledge folder gives: the good documents, and every problem found.</summary>
public sealed record KnowledgeSet(IReadOnlyList<KnowledgeDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
