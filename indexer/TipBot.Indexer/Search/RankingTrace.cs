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

    /// <summary>What the answered judge read (null: nothing was judged).</summary>
    public JudgeTrace? Judge { get; internal set; }
}

/// <summary>
/// The answered judge's inputs for one question (<see cref="AnswerJudge.IsAnswered"/>), for a learned judge read leave one
/// library out (scripts/judge-loo.py): the question's forms and weights, whether a hard form (<see cref="AnswerJudge.IsVetoed"/>)
/// or a pin decided, and the candidates the judge read, the judged one first, then those the second reading may take.
/// <paramref name="Public"/> whether it tells a situation of the public (<see cref="PublicAsOthers.IsToldSituation"/>); <paramref name="Weight"/> is the question's summed word weight, <paramref name="UnknownWeight"/> the part of it in words the
/// library never uses, <paramref name="RarestWeight"/> the weight of a word in one document of the library;
/// <paramref name="RunnerUpCoverage"/> and <paramref name="RunnerUpMatchShare"/> the coverage and the match (as a share of the
/// judged one's) of the best other candidate; <paramref name="HandAccepts"/> the hand judge's decision on the judged candidate.
/// </summary>
public sealed record JudgeTrace(
    int Groups, bool Long, bool Veto, bool FirstPerson, bool Plural, bool YesNoAdvice, bool Impersonal, bool Public, double Weight, double UnknownWeight,
    double RarestWeight, double RunnerUpCoverage, double RunnerUpMatchShare, bool CoachPinned, bool OfferPinned, bool HandAccepts,
    IReadOnlyList<JudgedCandidate> Candidates)
{
    /// <summary>Whether the question asks how to act (<see cref="Search.HowToAct"/>), read for a long question only.</summary>
    public bool HowToAct { get; init; }
}

/// <summary>
/// One candidate as the judge read it: coverage, focus, BM25 before the coverage re-ranking, match, the plain share of the
/// question's groups it holds, the question's words the library does not know and it lacks, and the hand judge's and the
/// question form's (<see cref="FactQuestion"/>) decisions on it; for a long question with an asking part (<see cref="QuestionPart"/>),
/// what <see cref="AnswerJudge.IsAnswered"/> reads of the part.
/// </summary>
public sealed record JudgedCandidate(string Id, double Coverage, double Focus, double Bm25, double Match, double GroupShare, int UnknownWords, bool Hand, bool Form)
{
    /// <summary>Each of the question's words as this candidate holds it (parallel to the question's groups).</summary>
    public IReadOnlyList<JudgedWord> Words { get; init; } = [];

    /// <summary>The share of a long question's asking part's weight the candidate holds; -1 for any other question.</summary>
    public double PartCoverage { get; init; } = -1;

    /// <summary>The weight of a long question's asking part's words the candidate is about; -1 for any other question.</summary>
    public double PartTopicalWeight { get; init; } = -1;
}

/// <summary>
/// One question word against one candidate: its terms (<paramref name="Term"/>: the alternatives joined by "|", then its compound
/// parts) and weight, whether the library never uses it, whether the
/// candidate holds it, by the word itself or its compound parts (<paramref name="Own"/>: not only through another alternative,
/// an English or synonym term), only in a near form (<paramref name="Near"/>), among the words it is about
/// (<paramref name="Topical"/>) or in its title, tags or summary (<paramref name="Head"/>).
/// </summary>
public sealed record JudgedWord(string Term, int Alternatives, double Weight, bool Unknown, bool Held, bool Own, bool Near, bool Topical, bool Head)
{
    /// <summary>A word the library never uses that is near a word it does use (<see cref="IndexSnapshot.NearTerms"/>): maybe a typo.</summary>
    public bool NearInLibrary { get; init; }

    /// <summary>The candidate writes the word only as a name (<see cref="ProperNames"/>).</summary>
    public bool Name { get; init; }
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
    double SectionShare, double PhraseShare, bool Related, int BodyWords, bool Pinned)
{
    /// <summary>The share (by weight) of the memory's answer words for the question it holds (0: no memory words).</summary>
    public double MemoryShare { get; init; }
}
