namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The same measurement on tests/eval/fresh2.tsv, written from the library files and committed before the engine
/// was run on it (tests/eval/README.md): the check that a change carries over. Floors a little under the measured
/// numbers (docs/eval.md); its long questions are not all answered yet.
/// </summary>
public sealed class Fresh2QualityTests : IClassFixture<Fresh2QualityTests.Fresh2Run>
{
    public sealed class Fresh2Run : RankingQualityTests.Run
    {
        public Fresh2Run() : base("fresh2.tsv")
        {
        }
    }

    private readonly Fresh2Run _run;

    public Fresh2QualityTests(Fresh2Run run) => _run = run;

    [Fact]
    public void RankingStaysAtItsMeasuredLevel()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.Ndcg5 >= 0.84, $"nDCG@5 {m.Ndcg5:0.000}");
        Assert.True(m.Mrr >= 0.94, $"MRR {m.Mrr:0.000}");
    }

    [Fact]
    public void TheAnsweredFlagStaysAtItsMeasuredLevel()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.AbstainCorrect >= 0.90, $"abstain_correct {m.AbstainCorrect:0.000}");
        Assert.True(m.FalseAbstain <= 0.20, $"false_abstain {m.FalseAbstain:0.000}");
    }

    [Fact]
    public void EveryKindOfQueryBeatsThePlainBaseline() => _run.AssertEveryKindBeatsTheBaseline();
}

/// <summary>
/// tests/eval/other2.tsv on the second library (tests/eval/other-library), written before the engine was run on it.
/// Floors a little under the measured numbers (docs/eval.md); three on-topic NONE questions are still answered.
/// </summary>
public sealed class Other2QualityTests : IClassFixture<Other2QualityTests.Other2Run>
{
    public sealed class Other2Run : RankingQualityTests.Run
    {
        public Other2Run() : base("other2.tsv", "tests", "eval", "other-library")
        {
        }
    }

    private readonly Other2Run _run;

    public Other2QualityTests(Other2Run run) => _run = run;

    [Fact]
    public void RankingStaysAtItsMeasuredLevel()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.Ndcg5 >= 0.89, $"nDCG@5 {m.Ndcg5:0.000}");
        Assert.True(m.Mrr >= 0.95, $"MRR {m.Mrr:0.000}");
    }

    [Fact]
    public void TheAnsweredFlagStaysAtItsMeasuredLevel()
    {
        var m = _run.Engine.Metrics;
        Assert.True(m.AbstainCorrect >= 0.60, $"abstain_correct {m.AbstainCorrect:0.000}");
        Assert.True(m.FalseAbstain <= 0.22, $"false_abstain {m.FalseAbstain:0.000}");
    }

    [Fact]
    public void EveryKindOfQueryBeatsThePlainBaseline() => _run.AssertEveryKindBeatsTheBaseline();
}
