using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// What the ranking stages saw of the leading candidates of one search, for the feature dump (<c>eval --features</c>) a
/// learned re-ranker is trained and read on (scripts/ltr.py); the live path passes none.
/// </summary>
public sealed class RankingTrace
{
    /// <summary>How many of the final order's leading candidates are recorded.</summary>
    public const int Depth = 20;

    internal Dictionary<string, double> SectionShares { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, double> PhraseShares { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> RelatedToLeader { get; } = new(StringComparer.Ordinal);

    /// <summary>The question's groups (content words after analysis), its words as typed, and whether it is ordered as long.</summary>
    public QueryTraits? Query { get; internal set; }

    /// <summary>The final order's leading candidates, best first.</summary>
    public List<CandidateFeatures> Candidates { get; } = [];
}

/// <summary>Traits of a question that do not depend on a candidate.</summary>
public sealed record QueryTraits(int Groups, int Words, bool Long);

/// <summary>
/// One candidate as the ranking saw it. <paramref name="Score"/> is its final ranking score; <paramref name="Bm25"/> the
/// document query's score over the weighted fields; <paramref name="Coverage"/> the idf-weighted share of the question it
/// holds, <paramref name="GroupShare"/> the plain share of the question's groups; <paramref name="Focus"/> the coverage of
/// what it is about (title, tags, summary, repeated body words); <paramref name="SectionShare"/> its best section's share of
/// what it holds (-1: not read); <paramref name="PhraseShare"/> the rarity share of the question's function-word pairs it
/// holds as runs (-1: not read); <paramref name="Related"/> whether the related bonus weighed it against a leader;
/// <paramref name="Pinned"/> whether a request for an offer put it first.
/// </summary>
public sealed record CandidateFeatures(
    string Id, DocumentKind Kind, int Rank, double Score, double Bm25, double Coverage, double GroupShare, double Focus,
    double SectionShare, double PhraseShare, bool Related, int BodyWords, bool Pinned);
