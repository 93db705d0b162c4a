using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question is written in the first person singular ("ik", "mijn", "me", "mij", "m'n"; English "I", "my", "me").
/// </summary>
/// <remarks>
/// <see cref="AnswerJudge"/> answers a short description of a situation ("elke afdeling helpt een stukje maar het gezin
/// komt niet verder") on the strength of its words alone only when it is not about the asker's own affairs, and asks a
/// first-person question to have more of its weight in the best document (<see cref="RankingOptions.MinFirstPersonCoverage"/>):
/// in a short question the first person singular is mostly a resident's own matter ("mag de deurwaarder beslag leggen
/// op mijn uitkering", "kan mijn moeder een uitkering krijgen"), which a tip library names without answering. Advice
/// questions in the first person ("hoe krijg ik collega's mee") meet the judge's usual limits.
/// </remarks>
public static partial class FirstPerson
{
    public static bool IsIn(string question) => Pronoun().IsMatch(question);

    [GeneratedRegex(@"\b(ik|mijn|m'n|mij|me|my|mine|" + EnglishI + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>English "I" only as a word of its own, not the "i" of "i.p.v." (a pattern, inside a word boundary).</summary>
    internal const string EnglishI = @"i(?![.'’]\w)";
}
