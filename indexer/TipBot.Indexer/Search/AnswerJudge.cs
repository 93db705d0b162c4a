namespace TipBot.Indexer.Search;

/// <summary>
/// Decides whether the best hit honestly answers the question, from three features that are relative to
/// the question and the library, so they carry over to another library (no absolute score floor):
/// <list type="bullet">
/// <item>coverage: the share of the question's weight (idf of its content words) that the best document
/// contains anywhere. An off-topic question ("hondenbelasting") covers little.</item>
/// <item>focus: the same share counted only over the words the document is about (<see cref="TopicalTerms"/>:
/// title, tags, summary, body words used more than once). A question that shares a word with a tip that
/// names it once as an example ("een parkeervergunning aanvragen") is not answered by it.</item>
/// <item>strength: the best document's BM25 score before the coverage re-ranking per unit of question
/// weight, i.e. how much each question word counts in it on average (field boosts and term frequency),
/// not how large BM25 numbers happen to be in this library.</item>
/// </list>
/// The limits were set on tests/eval/queries.tsv and checked on tests/eval/holdout.tsv and tests/eval/fresh.tsv (docs/eval.md).
/// </summary>
public static class AnswerJudge
{
    public static bool IsAnswered(double coverage, double focus, double bm25, IReadOnlyList<QueryTermGroup> groups, RankingOptions options)
    {
        if (groups.Count == 0) return false;
        var weight = groups.Sum(g => g.Weight);
        return coverage >= options.MinCoverage && focus >= options.MinFocus && bm25 >= options.MinScorePerWeight * weight;
    }
}
