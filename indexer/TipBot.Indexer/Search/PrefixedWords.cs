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
            if (IsFormedWith(stem, prefix, isWord)) return true;
        }
        return false;
    }

    // Whether the stem is the prefix before a word (isWord) of at least MinRest letters.
    private static bool IsFormedWith(string stem, string prefix, Func<string, bool> isWord) =>
        stem.Length >= prefix.Length + MinRest && stem.StartsWith(prefix, StringComparison.Ordinal) && isWord(stem[prefix.Length..]);

    /// <summary>
    /// Whether <paramref name="near"/>, a library term within typo distance of the question's <paramref name="stem"/>, is
    /// another word after the same particle: the stem is the particle before a word (<see cref="IsFormed"/>) and the near
    /// term has that particle and goes on with another letter ("uitslag" / "uitleg", "ophang" / "opvang", "verstand" /
    /// "verband", "overbelast" / "overlast"). Two words of one particle are two words, not a word and its typo; a near term
    /// that goes on as the stem does past the particle is still its typo or its form ("opstellen" / "opstelt"), and so is
    /// one of a participle's "ge" after the particle ("doorgezet" / "doorzet").
    /// </summary>
    /// <param name="isWord">Whether a stem is a word of the library (or a stop word).</param>
    public static bool IsOtherWordAfterPrefix(string stem, string near, Func<string, bool> isWord)
    {
        if (stem.Length < MinWord) return false;
        foreach (var prefix in Prefixes)
        {
            if (near.Length > prefix.Length && near.StartsWith(prefix, StringComparison.Ordinal) && stem.StartsWith(prefix, StringComparison.Ordinal)
                && near[prefix.Length] != stem[prefix.Length] && !IsParticiple(stem, prefix.Length) && !IsParticiple(near, prefix.Length)
                && IsFormedWith(stem, prefix, isWord))
            {
                return true;
            }
        }
        return false;
    }

    // A separable verb's participle puts "ge" after its particle: "doorgezet", "opgesteld", "uitgelegd".
    private static bool IsParticiple(string word, int at) => string.CompareOrdinal(word, at, "ge", 0, 2) == 0;
}
