using TipBot.Indexer.Cli;
using TipBot.Indexer.Evaluation;
using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// Ranking quality on the repository's library and tests/eval/queries.tsv. The floors sit a little under
/// the measured numbers (docs/eval.md), so a change that makes search worse fails here.
/// </summary>
public sealed class RankingQualityTests : IClassFixture<RankingQualityTests.Run>
{
    public class Run : IDisposable
    {
        public Run() : this("queries.tsv")
        {
        }

        /// <param name="library">The library folder, relative to the repository root.</param>
        protected Run(string file, params string[] library) : this(null, file, library)
        {
        }

        /// <param name="options">The engine's settings; null: the built-in ones.</param>
        /// <param name="library">The library folder, relative to the repository root.</param>
        protected Run(RankingOptions? options, string file, params string[] library)
        {
            var root = RepositoryRoot.Find();
            Queries = EvalQuery.ReadFile(Path.Combine(root, "tests", "eval", file));
            Index = new KnowledgeIndex(Path.Combine([root, .. library.Length == 0 ? ["knowledge"] : library]), options: options);
            Engine = EvalCommand.Run(Queries, Index);
            using var baseline = new BaselineSearch(Index.Documents);
            Baseline = Evaluator.Run(Queries, q => baseline.Search(q, Evaluator.ListLength));
        }

        public IReadOnlyList<EvalQuery> Queries { get; }
        public KnowledgeIndex Index { get; }
        public EvalReport Engine { get; }
        public EvalReport Baseline { get; }

        /// <summary>Per kind of query: a better nDCG@5 than the plain baseline (for NONE: more correct abstentions).</summary>
        /// <param name="behind">Kinds allowed to stay at most this far under the baseline's nDCG@5 (a measured gap, docs/eval.md).</param>
        public void AssertEveryKindBeatsTheBaseline(IReadOnlyDictionary<string, double>? behind = null)
        {
            foreach (var (category, m) in Engine.ByCategory)
            {
                var b = Baseline.ByCategory[category];
                if (double.IsNaN(m.Ndcg5)) Assert.True(m.AbstainCorrect > b.AbstainCorrect, category);
                else if (behind is not null && behind.TryGetValue(category, out var gap)) Assert.True(m.Ndcg5 >= b.Ndcg5 - gap, $"{category}: {m.Ndcg5:0.000} vs baseline {b.Ndcg5:0.000}");
                else Assert.True(m.Ndcg5 > b.Ndcg5, $"{category}: {m.Ndcg5:0.000} vs baseline {b.Ndcg5:0.000}");
            }
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Run _run;

    public RankingQualityTests(Run run) => _run = run;

    [Fact]
    public void TheEvaluationSetIsLargeEnough()
    {
        Assert.True(_run.Queries.Count >= 60);
        Assert.True(_run.Queries.Count(q => !q.Answerable) >= 15);
    }

    [Fact]
    public void RankingStaysGood()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.Ndcg5 >= 0.932, $"nDCG@5 {m.Ndcg5:0.000}"); // 0.938 since the fifth everyday-words pass (docs/eval.md)
        Assert.True(m.Mrr >= 0.98, $"MRR {m.Mrr:0.000}");
    }

    [Fact]
    public void TheAnsweredFlagStaysHonest()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.AbstainCorrect >= 0.99, $"abstain_correct {m.AbstainCorrect:0.000}");
        Assert.True(m.FalseAbstain <= 0.03, $"false_abstain {m.FalseAbstain:0.000}");
    }

    [Fact]
    public void EveryKindOfQueryBeatsThePlainBaseline()
    {
        _run.AssertEveryKindBeatsTheBaseline();
    }

    [Fact]
    public void CoachesAreNeverReturned()
    {
        var coaches = _run.Index.Documents.Where(d => d.Kind == DocumentKind.Coach).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(coaches);
        foreach (var q in _run.Queries)
        {
            Assert.DoesNotContain(_run.Index.Search(new SearchQuery(q.Text) { Top = 50 }).Hits, h => coaches.Contains(h.Id));
        }
        foreach (var id in _run.Index.Documents.Select(d => d.Id))
        {
            Assert.DoesNotContain(_run.Index.MoreLikeThis(id, 50).Hits, h => coaches.Contains(h.Id));
        }
        foreach (var coach in coaches)
        {
            Assert.DoesNotContain(_run.Index.Search(new SearchQuery(_run.Index.Get(coach)!.Title) { Top = 50 }).Hits, h => coaches.Contains(h.Id));
        }
    }

    [Fact]
    public void TheIntroQuestionGetsSensibleDutchTips()
    {
        var r = _run.Index.Search(new SearchQuery("hoe betrek ik inwoners eerder"));
        Assert.True(r.Answered);
        Assert.All(r.Hits, h => Assert.NotEqual("", h.Snippet));
        Assert.Contains("**", r.Hits[0].Snippet);
    }
}

/// <summary>
/// The same measurement on tests/eval/holdout.tsv, a set written before tuning and never tuned on: it shows
/// that what helps queries.tsv carries over to questions nobody chose settings for. Floors at the targets.
/// </summary>
public sealed class HoldoutQualityTests(HoldoutQualityTests.HoldoutRun run) : SetQualityTests<HoldoutQualityTests.HoldoutRun>(run, new QualityFloors(0.915, 0.95, 0.80, 0.05))
{
    public sealed class HoldoutRun : RankingQualityTests.Run
    {
        public HoldoutRun() : base("holdout.tsv")
        {
        }
    }
}

/// <summary>
/// The same measurement on tests/eval/fresh.tsv, written from the tips before the changes measured on it
/// (tests/eval/README.md). Its targets are not all met yet (docs/eval.md), so the floors sit a little under
/// the measured numbers: what it shows is that a change does not lose what carried over.
/// </summary>
public sealed class FreshQualityTests(FreshQualityTests.FreshRun run) : SetQualityTests<FreshQualityTests.FreshRun>(run, new QualityFloors(0.875, 0.92, 0.93, 0.05))
{
    public sealed class FreshRun : RankingQualityTests.Run
    {
        public FreshRun() : base("fresh.tsv")
        {
        }
    }

    [Fact]
    public void TheSetHasOnTopicQuestionsItCannotAnswer()
    {
        Assert.True(Run.Queries.Count >= 60);
        Assert.True(Run.Queries.Count(q => !q.Answerable) >= 15);
    }
}

/// <summary>
/// The same measurement on a second library, tests/eval/other-library with tests/eval/other.tsv: written and
/// committed before anything was measured on them (tests/eval/README.md), with its own short synonyms.txt and no
/// english-dutch.txt, like the library of the held-out check. Floors a little under the measured numbers
/// (docs/eval.md). abstain_correct 1.000 since a question about the asker's own family is refused in any form (h/refuse2, floor 0.91).
/// </summary>
public sealed class OtherLibraryQualityTests(OtherLibraryQualityTests.OtherRun run) : SetQualityTests<OtherLibraryQualityTests.OtherRun>(run, new QualityFloors(0.96, 0.98, 0.91, 0.01))
{
    public sealed class OtherRun : RankingQualityTests.Run
    {
        public OtherRun() : base("other.tsv", "tests", "eval", "other-library")
        {
        }
    }

    [Fact]
    public void TheSetSearchesItsOwnLibraryWithoutAnEnglishList()
    {
        Assert.True(Run.Queries.Count >= 50);
        Assert.True(Run.Queries.Count(q => !q.Answerable) >= 12);
        Assert.DoesNotContain(Run.Index.Documents, d => d.Id == "boze-bellers-de-escalatie");
        Assert.False(File.Exists(Path.Combine(Run.Index.KnowledgePath, SearchResources.EnglishFile)));
    }
}
