namespace TipBot.Indexer.Tests.Search;

/// <summary>The lowest quality a check set may show (docs/eval.md): nDCG@5, MRR and abstain_correct at least, false_abstain at most.</summary>
public sealed record QualityFloors(double Ndcg5, double Mrr, double AbstainCorrect, double FalseAbstain);

/// <summary>
/// What every check set besides queries.tsv is held to, measured once per set by its <typeparamref name="TRun"/>: ranking
/// and the answered flag at their floors, and every kind of query above the plain baseline.
/// </summary>
public abstract class SetQualityTests<TRun>(TRun run, QualityFloors floors) : IClassFixture<TRun>
    where TRun : RankingQualityTests.Run
{
    protected TRun Run { get; } = run;

    [Fact]
    public void RankingStaysAtItsMeasuredLevel()
    {
        var m = Run.Engine.Metrics;
        Assert.True(m.Ndcg5 >= floors.Ndcg5, $"nDCG@5 {m.Ndcg5:0.000}");
        Assert.True(m.Mrr >= floors.Mrr, $"MRR {m.Mrr:0.000}");
    }

    [Fact]
    public void TheAnsweredFlagStaysAtItsMeasuredLevel()
    {
        var m = Run.Engine.Metrics;
        Assert.True(m.AbstainCorrect >= floors.AbstainCorrect, $"abstain_correct {m.AbstainCorrect:0.000}");
        Assert.True(m.FalseAbstain <= floors.FalseAbstain, $"false_abstain {m.FalseAbstain:0.000}");
    }

    [Fact]
    public void EveryKindOfQueryBeatsThePlainBaseline() => Run.AssertEveryKindBeatsTheBaseline(KindsBehindTheBaseline);

    /// <summary>Kinds of query this set's engine is known to rank a little under the plain baseline, with the gap allowed (docs/eval.md).</summary>
    protected virtual IReadOnlyDictionary<string, double>? KindsBehindTheBaseline => null;
}
