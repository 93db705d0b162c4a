using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question is put as a request: to apply for, call in, book, sign up for, get, be given or look for something
/// ("interactiecoach aanvragen", "kan iemand van jullie een workshop geven bij ons", "sparren met een coach over onze aanpak",
/// "can someone give a workshop for my team", "I want a coach for our project"). With one of the library's offers named
/// (<see cref="LibraryOffer.Named"/>) it asks for that offer, and the document about it goes first.
/// </summary>
/// <remarks>
/// A question that names a coach in passing is not a request for one: "hoe coach ik mijn team bij boze bellers" (the verb),
/// "wat doet een interactiecoach". General Dutch and English request forms, not words of any library.
/// </remarks>
public static partial class OfferRequest
{
    public static bool IsIn(string question) => Dutch().IsMatch(question) || English().IsMatch(question);

    [GeneratedRegex(@"\b(aan\s?vragen|aanvraag|vraag\w*\s+([\w'-]+\s+){0,5}?aan|in\s?schakelen|schakel\w*\s+([\w'-]+\s+){0,5}?in|inzetten|boeken|inschrijven|schrijven\s+in|in\s+te\s+schrijven|(ik|we|wij)\s+(zoek|zoeken)|(wil|willen)\s+(graag\s+)?(een|de)|krijgen|krijg\s+ik|geven|volgen|sparren\s+met|(bieden|hebben|kunnen)\s+jullie|voor\s+(ons|onze|mijn|m'n)\s+(team|afdeling|collega's))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dutch();

    [GeneratedRegex(@"\b((can|could)\s+(i|we|you|someone|somebody|anyone)\s+(get|book|have|request|hire|give|run)|(i|we)\s+(want|need|would\s+like|('m|am|are)\s+looking\s+for)|(book|request|hire)\s+(a|an|the)|is\s+there\s+(a|an))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();
}
