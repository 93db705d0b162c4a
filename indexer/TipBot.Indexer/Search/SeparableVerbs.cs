using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Joins a Dutch separable verb that a question splits around "te" ("af te wijken", "mee te denken") into the
/// word a text uses ("afwijken", "meedenken"). Split, the particle is a stop word and the rest is another word:
/// "wijken" is the plural of "wijk" (neighbourhood), so "af te wijken" found tips about neighbourhoods.
/// </summary>
public static partial class SeparableVerbs
{
    /// <summary>The question with each "particle te verb" joined when <paramref name="known"/> accepts the joined word.</summary>
    public static string Join(string text, Func<string, bool> known)
    {
        if (!text.Contains(" te ", StringComparison.OrdinalIgnoreCase)) return text;
        return ParticleTeVerb().Replace(text, m =>
        {
            var joined = m.Groups["particle"].Value + m.Groups["verb"].Value;
            return known(joined) ? joined : m.Value;
        });
    }

    [GeneratedRegex(@"\b(?<particle>aan|af|bij|door|in|los|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|tegen|achter|onder)\s+te\s+(?<verb>\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParticleTeVerb();
}
