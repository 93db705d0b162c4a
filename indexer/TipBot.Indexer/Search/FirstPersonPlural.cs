using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question is written in the first person plural ("we", "wij", "ons", "onze"; English "our", "us"): the
/// organisation asking about its own work.
/// </summary>
/// <remarks>
/// "Hoe lang duurt het voordat we antwoord geven", "onze folders laten alleen gezinnen met kinderen zien", "we merken dat veel
/// bellers alleen willen weten of hun aanvraag binnen is": the situation a tip advises on, told by the people who do the
/// work, not a resident's own matter. <see cref="FactQuestion"/> leaves its closed questions to the judge, and
/// <see cref="AnswerJudge"/> answers it when the best document holds enough of its weight
/// (<see cref="RankingOptions.MinFirstPersonPluralCoverage"/>), however much of it is context.
/// </remarks>
public static partial class FirstPersonPlural
{
    public static bool IsIn(string question) => Pronoun().IsMatch(question);

    [GeneratedRegex(@"\b(we|wij|ons|onze|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
