namespace TipBot.Indexer.Search;

/// <summary>
/// Whether a question word the library does not use is a Dutch word formed from one it does: a verb particle or prefix
/// before a word of the library ("versterken" = ver + sterk, "onderweg" = onder + weg, "overnemen" = over + nemen,
/// "toelichten" = toe + licht). Such a word is a real word the library lacks, not a typo of a rule's word one or two
/// letters away ("verstrekken", "ondernemer", "toezicht").
/// </summary>
public static class PrefixedWords
{
    // The separable particles (as VerbForms and SeparableVerbs read them) and the unstressed prefixes of Dutch verbs.
    private static readonly string[] Prefixes =
    [
        "aan", "af", "achter", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "samen", "tegen", "terug", "toe",
        "uit", "voor", "weg", "be", "ver", "ont", "her",
    ];

    /// <summary>The shortest rest after a prefix that counts as a word.</summary>
    public const int MinRest = 3;

    /// <summary>
    /// The shortest word read so: a short one with a prefix is a typo as often as a word ("beler" for "beller", "berek" for
    /// "betrek"), and the rule reading allows it only one letter.
    /// </summary>
    public const int MinWord = 6;

    /// <param name="stem">The question word's stem.</param>
    /// <param name="isWord">Whether a stem is a word of the library (or a stop word).</param>
    public static bool IsFormed(string stem, Func<string, bool> isWord)
    {
        if (stem.Length < MinWord) return false;
        foreach (var prefix in Prefixes)
        {
            if (stem.Length >= prefix.Length + MinRest && stem.StartsWith(prefix, StringComparison.Ordinal) && isWord(stem[prefix.Length..])) return true;
        }
        return false;
    }
}
