using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A warm searcher has the engine's regular expressions compiled (<see cref="EngineCode"/>), so no question waits for the compiler.</summary>
public sealed class EngineCodeTests
{
    [Fact]
    public async Task AWarmSnapshotHasTheEnginesGeneratedRegularExpressionsCompiled()
    {
        using var engine = TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);
        await engine.Snapshot.Warmed;
        Assert.True(EngineCode.Compiled().IsCompletedSuccessfully);
        // SmallTalk's, FactQuestion's and the other forms' matchers: each generated type brings several methods.
        Assert.True(EngineCode.MethodCount > 100, $"only {EngineCode.MethodCount} methods of the generated regular expressions compiled");
    }
}
