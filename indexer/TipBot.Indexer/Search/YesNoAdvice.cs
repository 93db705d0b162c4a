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

    /// <summary>
    /// Whether the question is the impersonal form of such advice, a judgement asked of a way of working ("is het slim om",
    /// "heeft het zin om", "loont het om"), not in the first person singular (<see cref="FirstPerson"/>).
    /// </summary>
    /// <remarks>
    /// A resident asks about their own matter as "moet ik", "mag ik", "kan ik" ("mag ik grofvuil zelf naar de milieustraat
    /// brengen"); whether an approach is wise is the library's own kind of question, so <see cref="AnswerJudge"/> answers it at a
    /// smaller share (<see cref="RankingOptions.MinImpersonalAdviceCoverage"/>): it names the approach in the tip's words and
    /// the situation in its own (docs/eval.md, h/refuse3).
    /// </remarks>
    public static bool IsImpersonal(string question) => Impersonal().IsMatch(question) && !Possessive().IsMatch(question) && !FirstPerson.IsIn(question);

    // The impersonal openings ("is het slim om", "heeft het zin om", "loont het (de moeite) om"), one of the forms of Form too.
    private const string ImpersonalOpening = @"is\s+het\s+(slim|verstandig|handig|beter|zinvol|nuttig|raadzaam|wijs|een\s+goed\s+idee)\s+om|heeft\s+het\s+(zin|nut)\s+om|loont\s+het\s+(de\s+moeite\s+)?om";

    [GeneratedRegex(@"^\s*(" + ImpersonalOpening + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Impersonal();

    [GeneratedRegex(@"^\s*((moet|mag|kan|zal)\s+(ik|je|jij|we|wij|u)|(moeten|mogen|kunnen)\s+(we|wij)|" + ImpersonalOpening + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    [GeneratedRegex(@"\b(mijn|m'n)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
