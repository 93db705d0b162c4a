namespace TipBot.Indexer.Evaluation;

/// <summary>One answerable row the plain baseline ranks better than the engine: both outcomes, both nDCG@5 values and both first ids.</summary>
public sealed record BaselineWin(EvalOutcome Engine, EvalOutcome Baseline, double EngineNdcg5, double BaselineNdcg5)
{
    public EvalQuery Query => Engine.Query;

    public string? EngineFirst => Engine.Results.FirstOrDefault();

    public string? BaselineFirst => Baseline.Results.FirstOrDefault();
}

/// <summary>The rows of one query set where the baseline's nDCG@5 is higher than the engine's.</summary>
public static class BaselineWins
{
    /// <param name="engine">The engine's report.</param>
    /// <param name="baseline">The baseline's report on the same queries, in the same order.</param>
    public static IReadOnlyList<BaselineWin> Find(EvalReport engine, EvalReport baseline)
    {
        if (engine.Outcomes.Count != baseline.Outcomes.Count)
            throw new ArgumentException("the two reports must cover the same queries", nameof(baseline));
        var wins = new List<BaselineWin>();
        for (var i = 0; i < engine.Outcomes.Count; i++)
        {
            var (e, b) = (engine.Outcomes[i], baseline.Outcomes[i]);
            if (!ReferenceEquals(e.Query, b.Query))
                throw new ArgumentException($"row {i + 1} differs between the two reports", nameof(baseline));
            if (!e.Query.Answerable) continue;
            var engineNdcg = RankingMetrics.Ndcg(e.Results, e.Query.Relevant, 5);
            var baselineNdcg = RankingMetrics.Ndcg(b.Results, b.Query.Relevant, 5);
            if (baselineNdcg > engineNdcg)
                wins.Add(new BaselineWin(e, b, engineNdcg, baselineNdcg));
        }
        return wins;
    }
}
