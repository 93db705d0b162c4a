using System.Text.RegularExpressions;

namespace TipBot.Bot.Tips;

/// <summary>What a message says about the audience filter: set one, clear it, or nothing.</summary>
public sealed record AudienceFilterRequest(string? Audience, string Remainder)
{
    public bool Clears => Audience is null;
}

/// <summary>
/// Recognises "voor leidinggevenden" / "for managers" (any of the library's audiences, Dutch or English) in a
/// message, and "alle tips" / "all tips" to switch the filter off.
/// </summary>
public static partial class AudienceFilter
{
    /// <summary>The audience vocabulary of knowledge-format.md, with the words people type for each.</summary>
    private static readonly (string Audience, string[] Words)[] Vocabulary =
    [
        ("uitvoerder", ["uitvoerders", "uitvoerder", "frontline staff", "frontline workers", "practitioners"]),
        ("leidinggevende", ["leidinggevenden", "leidinggevende", "managers", "manager", "teamleiders", "teamleider"]),
        ("bestuurder", ["bestuurders", "bestuurder", "wethouders", "wethouder", "executives", "administrators", "aldermen"]),
        ("communicatieadviseur", ["communicatieadviseurs", "communicatieadviseur", "communication advisers", "communication advisors", "communications advisers", "communications advisors"]),
        ("klantcontact", ["klantcontactmedewerkers", "klantcontact", "kcc", "customer contact", "customer service", "contact centre", "contact center"]),
        ("beleidsmaker", ["beleidsmakers", "beleidsmaker", "beleidsmedewerkers", "beleidsmedewerker", "policy makers", "policymakers", "policy officers"]),
        ("onderzoeker", ["onderzoekers", "onderzoeker", "researchers", "researcher"]),
    ];

    private static readonly Dictionary<string, string> AudienceByWord = Vocabulary
        .SelectMany(v => v.Words.Select(w => (Word: w, v.Audience)))
        .ToDictionary(x => x.Word, x => x.Audience, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Audiences { get; } = Vocabulary.Select(v => v.Audience).ToList();

    // Longest words first, so "communicatieadviseurs" wins over "communicatie".
    private static readonly Regex FilterPattern = new(
        @"\b(?:alleen\s+|only\s+)?(?:voor|for)\s+(?:de\s+|het\s+|the\s+)?(?<who>"
            + string.Join("|", AudienceByWord.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape))
            + @")\b[.!?]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Finds a filter phrase; null when the message has none.</summary>
    public static AudienceFilterRequest? Find(string message)
    {
        if (ClearPattern().IsMatch(message))
        {
            return new AudienceFilterRequest(null, "");
        }
        var match = FilterPattern.Match(message);
        if (!match.Success)
        {
            return null;
        }
        var audience = AudienceByWord[match.Groups["who"].Value];
        var remainder = Squash(message.Remove(match.Index, match.Length));
        return new AudienceFilterRequest(audience, remainder);
    }

    /// <summary>True when the message is only a filter command ("voor leidinggevenden", "alle tips"), not a question.</summary>
    public static bool IsCommand(string message) => Find(message) is { Remainder: "" };

    private static string Squash(string text) =>
        Whitespace().Replace(text, " ").Trim().TrimEnd(':', ',', ';', '-').Trim();

    [GeneratedRegex(@"^\s*(alle tips|geen filter|filter uit|zonder filter|all tips|no filter|filter off)\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClearPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
