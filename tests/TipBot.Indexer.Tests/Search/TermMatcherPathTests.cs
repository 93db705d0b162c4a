using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The matcher's loops and its one map per question must credit and mark exactly what the per-document LINQ path did.</summary>
public sealed class TermMatcherPathTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void CoverageAndMatchingTermsEqualThePerDocumentPath()
    {
        var s = _engine.Snapshot;
        var root = RepositoryRoot.Find();
        var questions = new[] { "queries.tsv", "holdout.tsv", "fresh.tsv" }
            .SelectMany(f => EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", f)))
            .Select(q => q.Text)
            .Append("hoe ga ik om met boze bellrs en klachtn over de telefon")
            .Append("burgerparticipatie bij het klantcontactcentrum")
            .ToList();
        var shared = 0;
        var partCredits = 0;
        foreach (var text in questions)
        {
            var groups = QueryAnalysis.Analyze(s, text);
            var matcher = new TermMatcher(groups, s.NearTerms);
            if (!matcher.DependsOnDocument) shared++;
            foreach (var d in _engine.Documents)
            {
                var terms = new HashSet<string>(s.TermsOf(d));
                Assert.Equal(OldCoverage(groups, terms), matcher.Coverage(terms));
                Assert.Equal(
                    OldMatchingTerms(groups, terms).OrderBy(x => x.Key, StringComparer.Ordinal),
                    matcher.MatchingTerms(terms).OrderBy(x => x.Key, StringComparer.Ordinal));
                partCredits += groups.Count(g => OldCredit(g, terms) is > 0 and < 1);
            }
        }
        Assert.True(shared >= 50 && shared < questions.Count, $"{shared} of {questions.Count} questions shared one map");
        Assert.True(partCredits > 0, "no question was credited for compound parts alone");

        // Typo matching as it was: every near term of the index the document has.
        IEnumerable<string> NearIn(string word, IReadOnlySet<string> docTerms) => s.NearTerms(word).Where(docTerms.Contains);

        double OldCredit(QueryTermGroup g, IReadOnlySet<string> docTerms)
        {
            if (g.Alternatives.Any(a => Has(docTerms, a))) return 1;
            var parts = g.Parts.Count == 0 ? 0
                : 0.9 * ((double)Enumerable.Range(0, g.Parts.Count).Count(i => g.PartTerms(i).Any(p => Has(docTerms, p))) / g.Parts.Count);
            // A misspelt word: its near form in the document, or its parts' share if that is more (MisspeltCompoundTests).
            var near = g.Unknown && g.Alternatives.Any(a => TermMatcher.IsFuzzyCandidate(a) && NearIn(a, docTerms).Any()) ? 0.8 : 0;
            return Math.Max(parts, near);
        }

        double OldCoverage(IReadOnlyList<QueryTermGroup> groups, IReadOnlySet<string> docTerms)
        {
            double total = 0, covered = 0;
            foreach (var g in groups)
            {
                total += g.Weight;
                covered += g.Weight * OldCredit(g, docTerms);
            }
            return total == 0 ? 0 : covered / total;
        }

        Dictionary<string, int> OldMatchingTerms(IReadOnlyList<QueryTermGroup> groups, IReadOnlySet<string> docTerms)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < groups.Count; i++)
            {
                var g = groups[i];
                foreach (var t in g.AllTerms) map.TryAdd(t, i);
                if (!g.Unknown) continue;
                foreach (var a in g.Alternatives.Where(TermMatcher.IsFuzzyCandidate))
                {
                    foreach (var t in NearIn(a, docTerms)) map.TryAdd(t, i);
                }
            }
            return map;
        }
    }

    private static bool Has(IReadOnlySet<string> docTerms, string alternative) =>
        alternative.Contains(' ') ? QueryAnalysis.Words(alternative).All(docTerms.Contains) : docTerms.Contains(alternative);
}
