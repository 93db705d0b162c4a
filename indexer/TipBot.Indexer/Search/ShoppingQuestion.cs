using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question asks which product, shop or place is best or cheapest, or where to buy something: "beste laptop voor
/// thuiswerken", "welke vertaalapp is het beste voor arabisch", "waar koop ik een goedkoop hoortoestel", "best programming
/// language for data science"; or which software, system or supplier the organisation has ("welke software gebruiken we voor
/// zaakgericht werken", "welk cms gebruikt de gemeente", "welke leverancier hebben jullie voor het zaaksysteem").
/// </summary>
/// <remarks>
/// A tip library advises the people who do the work; it recommends no product and sells nothing, so <see cref="AnswerJudge"/>
/// refuses such a question however many of its words a tip uses (a tip that names a laptop, a translation app or a hearing
/// aid in passing). The best way of doing something is advice, not a product: "de beste manier om", "welke aanpak werkt het
/// beste" are not this form, and neither is a greeting ("Beste TipBot, ...", "Beste, wij zijn ...") or doing the work cheaply ("hoe
/// test ik goedkoop een brief bij inwoners"): "goedkoop" counts only where a product or supplier is asked for. The organisation's
/// product is asked of the organisation as its user ("gebruiken we", "gebruikt de gemeente"); a generic "welk systeem gebruik je
/// om ..." asks how to do the work and is left to the judge.
/// </remarks>
public static partial class ShoppingQuestion
{
    public static bool IsIn(string question) => Form().IsMatch(question);

    [GeneratedRegex(@"(^\s*(de\s+|the\s+)?(beste|goedkoopste|best|cheapest)\s+(?!(manier|aanpak|methode|werkwijze|way|approach)\b)([\w'-]+\s+){1,3}(voor|in|om|bij|van|op|met|for|to)\b|\bwelke?\s+(?!(manier|aanpak|methode|werkwijze|vorm|volgorde|moment|kanaal|kanalen|stap|stappen|toon|route)\b)[\w'-]+\s+(is|zijn|werkt|werken)\s+(het\s+)?(beste|goedkoop|goedkoopst|goedkoopste)\b|\bwhich\s+[\w'-]+\s+is\s+(the\s+)?(best|cheapest)\b|\bwelke?\s+(software|softwarepakket|pakket|systeem|applicatie|cms|leverancier|leveranciers)\s+((gebruiken|hebben)\s+(we|wij|jullie)|(gebruikt|heeft)\s+(de|het|onze|jullie)\s+[\w'-]+)\b|\b(waar|hoe)\s+koop\s+(ik|je|u|we|wij)\b|\bkopen\b|\bwhere\s+(can|do|should)\s+i\s+buy\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
