using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question asks for someone from outside to look along, think along or guide the asker's organisation, without
/// naming a coach: "iemand van buiten die meekijkt naar ons project", "kan er iemand meedenken over onze aanpak", "wie kan ons
/// team begeleiden", "een sparringpartner van buiten".
/// </summary>
/// <remarks>
/// That is what the library's coaches offer (the reference texts: a coach from another government body who thinks along,
/// gives a fresh look from outside, is a sparring partner, guides a team through a project), so the document about that offer
/// answers it (<see cref="LibraryOffer.IsCoachOffer"/>) however few of the question's words it uses. Three things together: a
/// person asked for ("iemand", "wie", "een externe", or the sparring partner and the fresh look themselves), what the coach
/// does ("meekijken", "meedenken", "begeleiden", "sparren"), and the organisation as the one helped, from outside ("van
/// buiten", "extern") or named ("met ons", "over onze aanpak", "ons team begeleiden"). Residents asked to think along
/// ("niemand reageert als we vragen wie wil meedenken") and a resident asking for help with their own matter ("wie kan mij
/// begeleiden bij mijn aanvraag") are not this form.
/// </remarks>
public static partial class OutsideHelpRequest
{
    public static bool IsIn(string question) => Helper().IsMatch(question) && ForUs().IsMatch(question);

    /// <summary>
    /// Whether the request (<see cref="IsIn"/>) names the outside itself: "van buiten(af)", "extern", a fresh look or a sparring
    /// partner. "Wie kan met ons meekijken naar onze brieven" asks for help with the letters as much as for the coach; "iemand van
    /// buiten die met ons project meekijkt" asks for the coach whatever else it names.
    /// </summary>
    public static bool NamesTheOutside(string question) => Outside().IsMatch(question);

    [GeneratedRegex(@"(\bvan\s+buiten(af)?\b|\bextern\w*|\bfrisse\s+blik\b|\bsparringpartner)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Outside();

    // The verb within six words of the person asked for ("iemand meedenken", "wie kan ons team begeleiden"), or at the end of a
    // relative clause about that person, where Dutch puts it however long the clause is ("iemand van buiten die een keer met ons
    // project meekijkt"). The particle may stand apart from its verb, a modal or two between ("iemand van buiten die af en toe mee
    // kan kijken", "zou iemand mee kunnen denken"), as Dutch writes it (h/refuse3).
    [GeneratedRegex(@"(\b(iemand|wie|externe?)\b((\s+[\w'-]+){0,6}?|(\s+[\w'-]+){0,3}?\s+die(\s+[\w'-]+){0,10}?)\s+(meekijk\w*|meedenk\w*|mee\s+([\w'-]+\s+){0,2}?(kijken|denken)|begeleid\w*|sparren|spart)\b|\bfrisse\s+blik\b|\bsparringpartner)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Helper();

    [GeneratedRegex(@"(\bvan\s+buiten(af)?\b|\bextern\w*|\b(met|naar|over|bij|voor|op)\s+(ons|onze)\b|\b(ons|onze)\s+([\w'-]+\s+)?begeleid\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForUs();
}
