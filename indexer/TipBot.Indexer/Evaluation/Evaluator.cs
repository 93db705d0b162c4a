namespace TipBot.Indexer.Evaluation;

/// <summary>Runs a query set through a search function and scores it.</summary>
public static class Evaluator
{
    public const int ListLength = 10;

    /// <param name="search">Question -> (answered, document ids best first, each once).</param>
    public static EvalReport Run(IReadOnlyList<EvalQuery> queries, Func<string, (bool Answered, IReadOnlyList<string> Ids)> search)
    {
        var outcomes = queries.Select(q =>
        {
            var (answered, ids) = search(q.Text);
            return new EvalOutcome(q, answered, ids.Distinct().ToList());
        }).ToList();
        var byCategory = outcomes.GroupBy(o => o.Query.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score(g.ToList()));
        return new EvalReport(Score(outcomes), byCategory, outcomes);
    }

    public static EvalMetrics Score(IReadOnlyList<EvalOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Query.Answerable).ToList();
        var none = outcomes.Where(o => !o.Query.Answerable).ToList();
        return new EvalMetrics(
            answerable.Count == 0 ? double.NaN : answerable.Average(o => RankingMetrics.Ndcg(o.Results, o.Query.Relevant, 5)),
            answerable.Count == 0 ? double.NaN : answerable.Average(o => RankingMetrics.ReciprocalRank(o.Results, o.Query.Relevant)),
            none.Count == 0 ? double.NaN : none.Count(o => !o.Answered) / (double)none.Count,
            answerable.Count == 0 ? double.NaN : answerable.Count(o => !o.Answered) / (double)answerable.Count,
            outcomes.Count);
    }
}
