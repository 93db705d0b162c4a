using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The feature dump's trace: the same search as without it, and what each leading candidate holds of the question.</summary>
public class RankingTraceTests
{
    private const string Question = "boze inwoner aan de telefoon";

    [Fact]
    public void TheTracedSearchListsItsCandidatesInTheOrderOfTheHitsAndAnswersTheSame()
    {
        using var engine = SampleLibrary.Engine();
        var plain = engine.Search(new SearchQuery(Question) { Top = 10 });
        var trace = new RankingTrace();
        var traced = engine.Search(new SearchQuery(Question) { Top = 10 }, trace);

        Assert.Equal(plain.Answered, traced.Answered);
        Assert.Equal(plain.Hits.Select(h => h.Id), traced.Hits.Select(h => h.Id));
        Assert.Equal(plain.Hits.Select(h => h.Id), trace.Candidates.Take(plain.Hits.Count).Select(c => c.Id));
        Assert.Equal(Enumerable.Range(0, trace.Candidates.Count), trace.Candidates.Select(c => c.Rank));
        Assert.Equal(new QueryTraits(Groups: 3, Words: 5, Long: false), trace.Query);
    }

    [Fact]
    public void ACandidateHoldingEveryWordHasFullCoverageAndOneHoldingSomeLess()
    {
        using var engine = SampleLibrary.Engine();
        var trace = new RankingTrace();
        engine.Search(new SearchQuery(Question) { Top = 10 }, trace);

        // "boze-bellers" holds boze, inwoner and telefoon; the case about the contact centre holds boze and inwoners, not telefoon.
        var tip = trace.Candidates.Single(c => c.Id == "boze-bellers");
        var example = trace.Candidates.Single(c => c.Id == "kcc-casus");
        Assert.Equal(1.0, tip.GroupShare, 9);
        Assert.Equal(1.0, tip.Coverage, 9);
        Assert.Equal(2.0 / 3, example.GroupShare, 9);
        Assert.InRange(example.Coverage, 0.01, 0.99);
        Assert.Equal(DocumentKind.Case, example.Kind);
        Assert.False(tip.Pinned);
    }

    [Fact]
    public void TheJudgesTraceHoldsTheJudgedCandidateWithTheHandJudgesDecisionOnIt()
    {
        using var engine = SampleLibrary.Engine();
        var trace = new RankingTrace();
        var result = engine.Search(new SearchQuery(Question) { Top = 10 }, trace);

        var judge = Assert.IsType<JudgeTrace>(trace.Judge);
        Assert.True(result.Answered);
        Assert.True(judge.HandAccepts);
        Assert.False(judge.Veto);
        Assert.Equal(3, judge.Groups);
        var judged = judge.Candidates[0];
        Assert.Equal(result.Hits[0].Id, judged.Id);
        Assert.True(judged.Hand && judged.Form);
        Assert.Equal(1.0, judged.Coverage, 9);
        Assert.Equal(0, judged.UnknownWords);
        Assert.Equal(0, judge.UnknownWeight);
        Assert.InRange(judge.RunnerUpMatchShare, 0, 1);
    }

    [Theory]
    [InlineData("hoe vraag ik een parkeervergunning aan", false)]
    [InlineData("waar koop ik een goede telefoon", true)]
    public void ARefusedQuestionsTraceSaysWhetherAHardFormOrTheThresholdsRefusedIt(string question, bool veto)
    {
        using var engine = SampleLibrary.Engine();
        var trace = new RankingTrace();
        var result = engine.Search(new SearchQuery(question) { Top = 10 }, trace);

        Assert.False(result.Answered);
        var judge = Assert.IsType<JudgeTrace>(trace.Judge);
        Assert.False(judge.HandAccepts);
        Assert.Equal(veto, judge.Veto);
        Assert.All(judge.Candidates, c => Assert.False(c.Hand));
    }
}
