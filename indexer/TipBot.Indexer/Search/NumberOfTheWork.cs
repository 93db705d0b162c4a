using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a "hoeveel" question asks for a number the asker sets in the work: "hoeveel tijd moet ik nemen voor een
/// keukentafelgesprek", "hoeveel persona's moet ik maken", "binnen hoeveel tijd stuur ik een verslag", "hoeveel vragen zet je in
/// een enquête", or a norm of the work: "hoeveel vragen mogen er op een aanvraagformulier staan".
/// </summary>
/// <remarks>
/// The asker does something with that number (takes time, makes personas, sends a report, puts questions in a form), which a tip
/// advises on, like the organisation's own closed questions in the first person plural (<see cref="FirstPersonPlural"/>), so
/// <see cref="FactQuestion"/> leaves it to the judge. A resident's amount is what the asker has, gets or pays ("hoeveel
/// vakantiedagen heb ik", "hoeveel kinderbijslag krijg je", "hoeveel hondenbelasting betaal ik", "hoeveel moet ik
/// terugbetalen") or is about the asker's own thing ("binnen hoeveel dagen moet ik mijn verhuizing doorgeven"): not this form.
/// </remarks>
public static partial class NumberOfTheWork
{
    public static bool IsIn(string question) => AskersNumber().IsMatch(question) && !ReceivedOrPaid().IsMatch(question) || Norm().IsMatch(question);

    // "hoeveel" and a noun, then a modal and the asker ("moet ik") or the asker's own verb ("stuur ik", "zet je"); not a verb of
    // having, getting, paying or being, and no possessive after the asker.
    [GeneratedRegex(@"\bhoeveel\s+(?!(moet|mag|kan|kun|heb|hebben|krijg|krijgt|betaal|betaalt|ontvang|kost|kosten|is|zijn|wordt|word|bedraagt)\b)[\w'-]+\s+((moet|kan|kun|mag|wil|zal)\s+(ik|je|jij)|(?!(heb|krijg|betaal|ontvang|kost|is|zijn|word|wordt)\b)[\w'-]+\s+(ik|je|jij))\b(?!\s+(mijn|m'n)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskersNumber();

    [GeneratedRegex(@"\b(terugbetalen|betalen|krijgen|ontvangen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedOrPaid();

    [GeneratedRegex(@"\bhoeveel\s+[\w'-]+\s+(mogen|moeten)\s+er\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Norm();
}
