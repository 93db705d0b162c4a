using System.Text.RegularExpressions;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// A question for a price or an opening time ("wat kost een paspoort", "hoe hoog is de kinderbijslag",
/// "openingstijden van het stadhuis") is answered only by a document that states one.
/// </summary>
/// <remarks>
/// A tip library gives advice, not tariffs or timetables, but its tips name the permits, allowances and services
/// such questions ask about, so by their words alone they look covered. On the four evaluation sets every such
/// question is a NONE row (docs/eval.md); a document that does give a price or the hours (a free intake, "gratis")
/// still answers.
/// </remarks>
public static partial class FactQuestion
{
    /// <summary>False when <paramref name="question"/> asks for a price or an opening time that <paramref name="document"/> does not state.</summary>
    public static bool IsAnsweredBy(string question, KnowledgeDocument document)
    {
        var q = question.ToLowerInvariant();
        if (AsksPrice().IsMatch(q)) return StatesPrice().IsMatch(Text(document));
        if (AsksOpeningTime().IsMatch(q)) return StatesOpeningTime().IsMatch(Text(document));
        return true;
    }

    private static string Text(KnowledgeDocument d) => (d.Title + "\n" + d.Summary + "\n" + d.Body).ToLowerInvariant();

    [GeneratedRegex(@"\b(hoeveel\s+(kost|kosten|bedraagt|betaal|betaalt)|wat\s+(kost|kosten)|wat\s+(moet|moeten)\s+(ik|je|jij|we|wij|u)\s+(betalen|neertellen)|wat\s+(betaal|betaalt|betalen)\s+(ik|je|jij|we|wij|u)\b|hoe\s+(hoog|duur)\s+(is|zijn|wordt|worden)|tarie(f|ven)|prijs|prijzen|how\s+much|what\s+(does|do|is|are)\b.*\bcosts?|price|prices|fees?)\b")]
    private static partial Regex AsksPrice();

    [GeneratedRegex(@"(€|\beuro|\bgratis\b|\bkosteloos\b|\btarie(f|ven)\b|\bprijs\b|\bbedrag\b|\bfree of charge\b)")]
    private static partial Regex StatesPrice();

    [GeneratedRegex(@"\b(openingstijd(en)?|hoe\s+laat\s+(is|zijn|gaat|gaan)|opening\s+(hours|times)|what\s+time\s+(is|are|does|do))\b")]
    private static partial Regex AsksOpeningTime();

    [GeneratedRegex(@"(\bopeningstijden\b|\bgeopend\b|\bopen\s+van\b|\b\d{1,2}[.:]\d{2}\s*uur\b)")]
    private static partial Regex StatesOpeningTime();
}
