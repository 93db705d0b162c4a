using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// Typo matching through the index's near terms must credit and mark exactly what comparing every document term did, less the
/// terms that are another word than a typo (<see cref="PrefixedWords.IsOtherWordAfterPrefix"/>, <see cref="KeyboardSlips.IsOtherWord"/>),
/// which the scan of every term under the word's first letter leaves out too.
/// </summary>
public sealed class NearTermsTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void NearTermsGiveTheSameCoverageAndMarkedTermsAsEveryDocumentTerm()
    {
        var s = _engine.Snapshot;
        var questions = EvalQuery.ReadFile(Path.Combine(RepositoryRoot.Find(), "tests", "eval", "queries.tsv"))
            .Select(q => q.Text)
            .Append("hoe ga ik om met boze bellrs en klachtn over de telefon")
            .ToList();
        var typoQuestions = 0;
        foreach (var text in questions)
        {
            var groups = QueryAnalysis.Analyze(s, text);
            if (!groups.Any(g => g.Unknown && g.Alternatives.Any(a => a.Length >= 4))) continue;
            typoQuestions++;
            var everyTerm = new TermMatcher(groups, s.ScanNearTerms);
            var nearTerms = new TermMatcher(groups, s.NearTerms);
            foreach (var d in _engine.Documents)
            {
                var terms = s.TermsOf(d);
                var all = new HashSet<string>(terms);
                Assert.Equal(everyTerm.Coverage(all), nearTerms.Coverage(s.TermsOf(d)));
                Assert.Equal(
                    everyTerm.MatchingTerms(all).OrderBy(x => x.Key, StringComparer.Ordinal),
                    nearTerms.MatchingTerms(s.TermsOf(d)).OrderBy(x => x.Key, StringComparer.Ordinal));
            }
        }
        Assert.True(typoQuestions >= 5, $"only {typoQuestions} questions had a word to match fuzzily");
    }
}
