using Lucene.Net.Search;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>Sharing a search's fuzzy automata between fields and queries must not change a single hit or score.</summary>
public sealed class FuzzyAutomataTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void SharedAutomataFindTheSameDocumentsAndSectionsWithTheSameScores()
    {
        var s = _engine.Snapshot;
        var queries = EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "queries.tsv"))
            .Select(q => q.Text)
            .Append("hoe ga ik om met boze bellrs en klachtn over de telefon")
            .ToList();
        var fuzzyQuestions = 0;
        foreach (var text in queries)
        {
            var groups = QueryAnalysis.Analyze(s.QueryAnalyzer, text, s.Reader);
            if (!groups.Any(g => g.Unknown && g.Alternatives.Any(a => a.Length >= 4)))
            {
                continue;
            }
            fuzzyQuestions++;
            var automata = new FuzzyAutomata();
            foreach (var fields in new[] { _engine.Options.DocumentFields, IndexFields.SectionFields })
            {
                var alone = s.Searcher.Search(QueryFactory.Build(groups, fields, fuzzy: true), 200);
                var shared = s.Searcher.Search(QueryFactory.Build(groups, fields, fuzzy: true, automata), 200);
                Assert.Equal(Hits(alone), Hits(shared));
            }
        }
        Assert.True(fuzzyQuestions >= 5, $"only {fuzzyQuestions} questions had a word to match fuzzily");
    }

    private static List<(int Doc, float Score)> Hits(TopDocs found) => found.ScoreDocs.Select(sd => (sd.Doc, sd.Score)).ToList();
}
