using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question asks for advice in a yes/no form about something other than the asker's own affairs: "moet ik",
/// "mag ik", "kan ik (beter)", "moeten we", "is het slim om", "heeft het zin om", without "mijn" or "m'n" ("mag ik de
/// inwoner uitnodigen bij het overleg", "kan ik iemand helpen inloggen door zijn wachtwoord te vragen").
/// </summary>
/// <remarks>
/// <see cref="AnswerJudge"/> answers such a question when the best document holds enough of its weight
/// (<see cref="RankingOptions.MinYesNoAdviceCoverage"/>), whatever its focus and strength: the question names the
/// situation and the action in the words of the tip's body ("uitnodigen", "overleg", "wachtwoord"), which the tip is about
/// without repeating them in its title or summary. A resident's yes/no question is mostly about the asker's own matter
/// ("mag ik mijn verhuizing later doorgeven", "kan ik mijn paspoort op zaterdag ophalen"), so a possessive leaves the
/// question to the judge's usual limits; "heb ik ... nodig" and "kom ik in aanmerking" ask for a rule, not advice, and are
/// not yes/no advice forms. A rule of a service asked this way is still caught by <see cref="FactQuestion"/>.
/// </remarks>
public static partial class YesNoAdvice
{
    public static bool IsIn(string question) => Form().IsMatch(question) && !Possessive().IsMatch(question);

    [GeneratedRegex(@"^\s*((moet|mag|kan|zal)\s+(ik|je|jij|we|wij|u)|(moeten|mogen|kunnen)\s+(we|wij)|is\s+het\s+(slim|verstandig|handig|beter|zinvol|een\s+goed\s+idee)\s+om|heeft\s+het\s+zin\s+om)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    [GeneratedRegex(@"\b(mijn|m'n)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
