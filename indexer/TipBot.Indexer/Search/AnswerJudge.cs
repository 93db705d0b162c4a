namespace TipBot.Indexer.Search;

/// <summary>
/// Decides whether the best hit honestly answers the question. It looks at how much of the question's
/// weight (idf of its content words) the best document covers: an off-topic question ("hondenbelasting")
/// covers nothing, an on-topic-sounding one ("een parkeervergunning aanvragen") misses its rarest word.
/// </summary>
public static class AnswerJudge
{
    /// <summary>Minimum share of the question's weight that the best document must cover.</summary>
    public const double MinCoverage = 0.6;

    public static bool IsAnswered(double bestCoverage, int groupCount) =>
        groupCount > 0 && bestCoverage >= MinCoverage;
}
