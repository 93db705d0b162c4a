namespace TipBot.Indexer.Evaluation;

/// <summary>The four quality numbers of one system on one query set (NaN where a set has no such query).</summary>
public sealed record EvalMetrics(double Ndcg5, double Mrr, double AbstainCorrect, double FalseAbstain, int Queries);

/// <summary>What one system did with one query.</summary>
public sealed record EvalOutcome(EvalQuery Query, bool Answered, IReadOnlyList<string> Results);

/// <summary>Metrics overall and per category, plus each query's outcome.</summary>
public sealed record EvalReport(EvalMetrics Metrics, IReadOnlyDictionary<string, EvalMetrics> ByCategory, IReadOnlyList<EvalOutcome> Outcomes);
