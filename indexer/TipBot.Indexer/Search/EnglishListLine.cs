namespace TipBot.Indexer.Search;

/// <summary>
/// How a line of an English-Dutch list is read: each single English word also in its plural or singular, and the
/// question's stop words left where the question leaves them. The list reads a question with its stop words (so a
/// phrase written with them matches, see <see cref="StopWordMarkFilter"/>), so an English word that is only stop words
/// ("tips", which the question drops) is no key; and the index has no stop words, so a Dutch word that is one
/// ("in kaart brengen", "tip, advies") would be searched as a word no document has.
/// </summary>
public static class EnglishListLine
{
    /// <summary>The line as the English list reads it; null when a side has no word but stop words (or none at all).</summary>
    public static string? Prepare(string line)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        var left = WithPlurals(Terms(arrow >= 0 ? line[..arrow] : line)).Where(t => !OnlyStopWords(t)).ToList();
        var right = arrow >= 0 ? Terms(line[(arrow + 2)..]).Select(WithoutStopWords).Where(t => t.Length > 0).ToList() : [];
        if (left.Count == 0 || (arrow >= 0 && right.Count == 0)) return null;
        return arrow < 0 ? string.Join(", ", left) : string.Join(", ", left) + " => " + string.Join(", ", right);
    }

    private static List<string> Terms(string side) => [.. side.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0)];

    private static List<string> WithPlurals(List<string> terms)
    {
        var all = new List<string>(terms);
        foreach (var t in terms)
        {
            if (t.Contains(' ') || t.Contains('\\') || t.Length < 3) continue;
            var variant = t.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? t[..^3] + "y"
                : t.EndsWith('y') && t.Length > 3 && !"aeiou".Contains(t[^2]) ? t[..^1] + "ies"
                : t.EndsWith('s') ? t[..^1]
                : t + "s";
            if (!all.Contains(variant, StringComparer.OrdinalIgnoreCase)) all.Add(variant);
        }
        return all;
    }

    private static readonly char[] WordBreaks = [' ', '-'];

    private static bool OnlyStopWords(string term) =>
        term.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).All(IsStopWord);

    private static string WithoutStopWords(string term) =>
        string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsStopWord(w)));

    private static bool IsStopWord(string word) => DutchStopWords.Words.Contains(word.ToLowerInvariant());
}
