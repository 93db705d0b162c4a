using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// A question the engine reads as English: it holds an English function word that is no Dutch word ("the", "our", "how",
/// "for", "with", ...) and the English list translated enough of its words (<see cref="RankingOptions.MinEnglishWords"/>).
/// Its other words the library never uses are mostly everyday English the list lacks (a verb, an adjective), not the thing
/// the question asks about, and the judge weighs them less (<see cref="RankingOptions.EnglishUnknownWordShare"/>; by default
/// it leaves them out of its shares). A word the list translates and the library never uses keeps its weight: that is the
/// thing an off-topic question asks about ("tax" in a library without "belasting").
/// </summary>
/// <remarks>
/// The function words were written from English grammar before they were measured, leaving out those that are Dutch words
/// as well ("in", "is", "was", "we", "of", "at", "me", "do", "die", "had", "a", "an"): a Dutch question whose words the list
/// happens to translate ("op welke data zijn de avonden") is not English.
/// </remarks>
public static partial class EnglishQuestion
{
    /// <summary>Whether <paramref name="question"/> is English and the list translated at least <paramref name="minTranslated"/> of its words.</summary>
    public static bool IsIn(string question, IReadOnlyList<QueryTermGroup> groups, int minTranslated)
    {
        var translated = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Translated) translated++;
        }
        return translated >= minTranslated && FunctionWord().IsMatch(question);
    }

    /// <summary>
    /// The groups as the judge weighs them: in an English question, a word neither the list nor the library knows weighs
    /// <see cref="RankingOptions.EnglishUnknownWordShare"/> of its weight; otherwise the groups themselves.
    /// </summary>
    public static IReadOnlyList<QueryTermGroup> ForJudge(string question, IReadOnlyList<QueryTermGroup> groups, RankingOptions options)
    {
        if (options.EnglishUnknownWordShare >= 1 || !groups.Any(IsUntranslatedUnknown) || !IsIn(question, groups, options.MinEnglishWords)) return groups;
        return [.. groups.Select(g => IsUntranslatedUnknown(g) ? g with { Weight = g.Weight * options.EnglishUnknownWordShare } : g)];
    }

    private static bool IsUntranslatedUnknown(QueryTermGroup g) => g.Unknown && !g.Translated;

    [GeneratedRegex(@"\b(the|our|my|your|their|his|its|you|they|them|us|how|what|why|when|where|who|which|whom|does|did|don't|doesn't|can't|to|for|with|from|about|after|before|into|without|and|or|not|never|are|were|be|been|should|could|would|will|can|this|that|these|those|there|every|all|any|some)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FunctionWord();
}
