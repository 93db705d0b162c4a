using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question reports a broken device or facility: "printer op de afdeling doet het niet", "de koffieautomaat is
/// kapot", "mijn laptop start niet op na de update".
/// </summary>
/// <remarks>
/// Such a report is for the service desk, not a question for advice about the work, so <see cref="AnswerJudge"/> refuses it
/// however many of its words a tip uses (a tip about "de afdeling" or "een update" for residents). How well something works
/// for people is advice and is left alone: "de brief doet het niet goed bij ouderen", "ons formulier werkt niet met
/// voorleessoftware" ("werkt niet" is not this form), and so is a broken thing in the residents' world a question is about ("op
/// facebook klaagt iemand over een kapotte straatlantaarn"). Nor is a broken thing the asker must tell residents or callers
/// about (<see cref="ResidentsAsOthers"/>: "de app doet het niet, wat zeg ik tegen bellers"): that asks for advice on the people,
/// not for a repair.
/// </remarks>
public static partial class FaultReport
{
    public static bool IsIn(string question) => Form().IsMatch(question) && !ResidentsAsOthers.IsIn(question);

    [GeneratedRegex(@"\b(doet\s+het\s+niet|doen\s+het\s+niet|(is|zijn)\s+(al\s+[\w'-]+\s+)?kapot|start\s+niet)\b(?!\s+(goed|slecht|beter|zo|echt|altijd|voor|bij|met)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
