namespace TipBot.Indexer.Search;

/// <summary>
/// Decides whether the best hit honestly answers the question, from two features that do not depend on
/// the wording of any particular question:
/// <list type="bullet">
/// <item>coverage: the share of the question's weight (idf of its content words) that the best document
/// contains. An off-topic question ("hondenbelasting") covers nothing; one that sounds on-topic but is not
/// covered ("een ww-uitkering aanvragen") misses its rarest words.</item>
/// <item>strength: the best document's BM25 score before the coverage re-ranking, against a ceiling that
/// grows with the question's weight. Words that occur only in passing in a long text score low even when
/// covered.</item>
/// </list>
/// The thresholds were set on tests/eval/queries.tsv with a margin on both sides (docs/eval.md).
/// </summary>
public static class AnswerJudge
{
    public static bool IsAnswered(double coverage, double bm25, IReadOnlyList<QueryTermGroup> groups, RankingOptions options)
    {
        if (groups.Count == 0) return false;
        var weight = groups.Sum(g => g.Weight);
        var minScore = Math.Min(options.MinScore, options.MinScorePerWeight * weight);
        return coverage >= options.MinCoverage && bm25 >= minScore;
    }
}
