using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question asks for one of the library's own offers, a coach or a workshop (the kinds of document a civil servant
/// can call in, knowledge-format.md), and the best document is about it: "interactiecoach aanvragen voor ons team",
/// "workshop onderzoeksmethoden aanvragen". Such a request reads like a resident's application (<see cref="FactQuestion"/>),
/// but it asks for what the library offers, not for another body's procedure. A request for someone from outside to think
/// along (<see cref="OutsideHelpRequest"/>) asks for the coaching offer without naming it; the document about that offer
/// answers it (<see cref="IsCoachOffer"/>).
/// </summary>
public static class LibraryOffer
{
    /// <summary>The offers' terms: the names of the kinds coach and workshop, lower case as the analyser leaves them.</summary>
    internal static readonly IReadOnlySet<string> Terms = new HashSet<string>(
        new[] { DocumentKind.Coach, DocumentKind.Workshop }.Select(k => k.ToString().ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>
    /// True when a question word is an offer (a compound with one as its part too: "interactiecoach") and
    /// <paramref name="bestDocumentTopical"/>, the terms the best document is about (<see cref="TopicalTerms"/>), hold that word.
    /// </summary>
    public static bool IsAskedFor(IReadOnlyList<QueryTermGroup> groups, IReadOnlySet<string> bestDocumentTopical)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (TermMatcher.Credit(groups[i], Terms) > 0 && TermMatcher.Credit(groups[i], bestDocumentTopical) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The offer a question names (a compound with it as its part too: "interactiecoach", "leefwereldworkshop"): a workshop when
    /// it names one (a training, a session or a course asked for names one too: <see cref="IsWorkshopWord"/>, whose words the
    /// question's analysis gives "workshop" as an alternative), else a coach; null when it names neither.
    /// </summary>
    public static DocumentKind? Named(IReadOnlyList<QueryTermGroup> groups)
    {
        var coach = false;
        for (var i = 0; i < groups.Count; i++)
        {
            if (TermMatcher.Credit(groups[i], WorkshopTerm) > 0) return DocumentKind.Workshop;
            coach |= TermMatcher.Credit(groups[i], CoachTerms) > 0;
        }
        return coach ? DocumentKind.Coach : null;
    }

    /// <summary>The workshop offer's term: the kind's name, lower case as the analyser leaves it.</summary>
    internal static readonly string WorkshopName = DocumentKind.Workshop.ToString().ToLowerInvariant();

    private static readonly IReadOnlySet<string> WorkshopTerm = new HashSet<string>([WorkshopName], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> CoachTerms = new HashSet<string>([DocumentKind.Coach.ToString().ToLowerInvariant()], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="term"/> (a term as the analyser leaves it) names what a workshop is to the one asking for it: a
    /// training, a session or a course for a team (the library's workshops are sessions of a few hours for a small group of
    /// one team). Asked for (<see cref="OfferRequest"/>: "training voor ons team aanvragen", "kunnen jullie een sessie geven"),
    /// such a word asks for the library's workshops; the question's other words say which one.
    /// </summary>
    public static bool IsWorkshopWord(string term) => WorkshopWords.Contains(term);

    // General Dutch for a session of learning with a group; the English ones reach these through their translations
    // ("session", "training", "course"). "Bijeenkomst" and "avond" are left out: a meeting with residents is one too.
    private static readonly HashSet<string> WorkshopWords = new(
        new[] { "training", "trainingen", "sessie", "sessies", "cursus", "cursussen", "teamtraining", "teamsessie" }
            .Select(DutchStemming.Stem), StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="topical"/>, the terms a document is about (<see cref="TopicalTerms"/>), hold the coach or a
    /// compound ending in it ("interactiecoach"): the document is about the library's coaching offer.
    /// </summary>
    public static bool IsCoachOffer(IReadOnlySet<string> topical)
    {
        foreach (var term in topical)
        {
            if (term.EndsWith(CoachTerm, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The coach's term, lower case as the analyser leaves it; a term ending in it is the coach or a compound for one.</summary>
    internal static readonly string CoachTerm = DocumentKind.Coach.ToString().ToLowerInvariant();
}
