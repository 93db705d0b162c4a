using TipBot.Indexer.Library;

namespace TipBot.Indexer.Tests.Library;

/// <summary>The repository's own knowledge/ folder must always pass its own validation.</summary>
public class RealLibraryTests
{
    [Fact]
    public void KnowledgeFolderHasNoErrors()
    {
        var knowledge = Path.Combine(RepositoryRoot.Find(), "knowledge");
        if (!Directory.Exists(knowledge) || KnowledgeLoader.KnowledgeFiles(knowledge).Count == 0)
            return;

        var set = KnowledgeLoader.Load(knowledge);

        var errors = set.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.Empty(errors);
        Assert.Equal(KnowledgeLoader.KnowledgeFiles(knowledge).Count, set.Documents.Count);
    }
}
