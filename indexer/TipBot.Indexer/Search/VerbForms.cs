namespace TipBot.Indexer.Search;

/// <summary>
/// The stems of the present forms of a Dutch past participle or past tense in a question ("gehoord", "hoorden"
/// beside "horen", "hoort"; "teleurgesteld" beside "teleurstellen"): the Snowball stemmer leaves them apart, so a
/// question that tells what happened missed the tip that says what to do. Questions only; the caller keeps the
/// forms the library uses.
/// </summary>
public static class VerbForms
{
    private static readonly string[] Particles =
        ["aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "voor", "weg", "samen", "teleur"];

    private const int MinCore = 3;

    /// <summary>Candidate stems for the stem <paramref name="stem"/> of a question word (without it).</summary>
    public static IEnumerable<string> Candidates(string stem)
    {
        if (stem.Length < MinCore + 1 || (stem[^1] != 'd' && stem[^1] != 't')) yield break;
        var cores = new List<string> { stem[..^1] };
        if (stem.StartsWith("ge", StringComparison.Ordinal)) cores.Add(stem[2..^1]);
        foreach (var p in Particles)
        {
            if (stem.Length > p.Length + 3 && stem.StartsWith(p, StringComparison.Ordinal) && stem.AsSpan(p.Length).StartsWith("ge"))
            {
                cores.Add(p + stem[(p.Length + 2)..^1]);
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { stem };
        foreach (var core in cores)
        {
            if (core.Length < MinCore) continue;
            foreach (var form in Forms(core))
            {
                var s = DutchStemming.Stem(form);
                if (seen.Add(s)) yield return s;
            }
        }
    }

    // The bare stem, the infinitive (a long vowel written single before -en: "hoor" -> "horen"; a short one
    // doubling the consonant: "bel" -> "bellen") and the third person.
    private static IEnumerable<string> Forms(string core)
    {
        yield return core;
        yield return core + "en";
        if (core.Length >= 3 && IsVowel(core[^2]) && core[^3] == core[^2] && !IsVowel(core[^1]))
        {
            yield return core[..^2] + core[^2] + core[^1] + "en";
        }
        else if (core.Length >= 2 && IsVowel(core[^2]) && !IsVowel(core[^1]) && (core.Length < 3 || !IsVowel(core[^3])))
        {
            yield return core + core[^1] + "en";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
