using System.Text.RegularExpressions;

namespace TipBot.Indexer.Library;

/// <summary>The closed word lists of the knowledge format, and what counts as a slug.</summary>
public static partial class KnowledgeVocabulary
{
    public static IReadOnlyList<string> Kinds { get; } = ["tip", "case", "workshop", "coach"];

    public static IReadOnlyList<string> Audience { get; } =
        ["uitvoerder", "leidinggevende", "bestuurder", "communicatieadviseur", "klantcontact", "beleidsmaker", "onderzoeker"];

    public static IReadOnlyList<string> Perspectives { get; } =
        ["burgers-en-bedrijven", "buurten", "belanghebbenden", "bestuur-en-organisatie"];

    public static IReadOnlyList<string> Expertise { get; } =
        ["communicatie", "dienstverlening", "onderzoek", "online", "participatie", "design-thinking", "levensgebeurtenissen"];

    public static IReadOnlyList<string> Languages { get; } = ["nl", "en"];

    /// <summary>A slug is lower-case letters, digits and hyphens: <c>[a-z0-9-]+</c>.</summary>
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    public static DocumentKind? ParseKind(string value) => value switch
    {
        "tip" => DocumentKind.Tip,
        "case" => DocumentKind.Case,
        "workshop" => DocumentKind.Workshop,
        "coach" => DocumentKind.Coach,
        _ => null,
    };

    /// <summary>The front-matter spelling of a kind (<c>tip</c>, <c>case</c>, ...).</summary>
    public static string Name(this DocumentKind kind) => kind.ToString().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SlugPattern();
}
