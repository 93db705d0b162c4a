using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>A small library built in code, so search tests do not depend on the real knowledge folder.</summary>
internal static class SampleLibrary
{
    public const string Synonyms = """
        # people
        burger, burgers, inwoner, inwoners, bewoner, bewoners
        kcc, klantcontactcentrum
        """;

    public const string English = """
        angry, furious => boos, boze
        citizen, resident => inwoner, burger
        letter => brief
        """;

    public static KnowledgeDocument Doc(string id, DocumentKind kind, string title, string summary, string[] tags, params (string Heading, string Text)[] sections) => new()
    {
        Id = id,
        Kind = kind,
        Title = title,
        Summary = summary,
        Path = $"{kind.ToString().ToLowerInvariant()}s/{id}.md",
        Tags = tags,
        Body = string.Join("\n\n", sections.Select(s => (s.Heading.Length > 0 ? "## " + s.Heading + "\n\n" : "") + s.Text)),
        Sections = sections.Select((s, i) => new DocumentSection(s.Heading, s.Text, i * 5 + 10)).ToList(),
        Audience = kind == DocumentKind.Coach ? [] : ["uitvoerder"],
        Perspectives = id.Contains("participatie") ? ["buurten"] : ["burgers-en-bedrijven"],
        Source = $"https://example.org/{id}",
    };

    public static IReadOnlyList<KnowledgeDocument> Documents { get; } =
    [
        Doc("boze-bellers", DocumentKind.Tip, "Omgaan met boze bellers", "Laat een boze beller eerst uitpraten.", ["klantcontact", "agressie"],
            ("", "Een boze inwoner aan de telefoon is vaak vooral bezorgd."),
            ("Zo pak je het aan", "Laat de beller uitpraten. Erken de emotie en vat samen wat je hoort.\nMaak daarna een concrete afspraak over wat er gebeurt."),
            ("Grenzen", "Bij schelden of dreigen mag je het gesprek beëindigen. Meld het bij je leidinggevende.")),
        Doc("participatie-van-burgers", DocumentKind.Tip, "Participatie van burgers: begin vroeg", "Betrek bewoners voordat het plan af is.", ["participatie", "wijk"],
            ("", "Participatie van burgers werkt het best als je vroeg begint."),
            ("Waarom vroeg", "Als het plan al klaar is, voelen bewoners zich niet serieus genomen. Vraag eerst wat er speelt in de wijk."),
            ("Terugkoppelen", "Laat na afloop weten wat je met de inbreng hebt gedaan.")),
        Doc("brieven-b1", DocumentKind.Tip, "Schrijf brieven op B1-niveau", "Korte zinnen en gewone woorden maken een brief begrijpelijk.", ["schrijven", "b1"],
            ("", "Veel mensen begrijpen ambtelijke brieven niet."),
            ("Zo doe je het", "Begin met de kern. Gebruik korte zinnen en gewone woorden. Test je tekst met echte lezers.")),
        Doc("creeer-draagvlak", DocumentKind.Tip, "Creëer draagvlak bij collega's", "Neem collega's vroeg mee in een verandering.", ["samenwerken"],
            ("", "Een verandering lukt alleen als collega's meedoen."),
            ("Aanpak", "Zoek bondgenoten. Laat zien wat het oplevert voor inwoners en voor het team.")),
        Doc("kcc-casus", DocumentKind.Case, "Het klantcontactcentrum na een regelwijziging", "Een KCC kreeg veel boze telefoontjes.", ["klantcontact"],
            ("", "Na een regelwijziging belden veel inwoners boos naar het klantcontactcentrum."),
            ("Wat hielp", "Medewerkers kregen een korte training in de-escalatie en een heldere uitleg van de nieuwe regel.")),
        Doc("workshop-leefwereld", DocumentKind.Workshop, "Workshop leefwereld", "In anderhalf uur leer je kijken vanuit de leefwereld van inwoners.", ["workshop"],
            ("", "Een workshop van anderhalf tot twee uur voor maximaal acht mensen.")),
        Doc("coach-anna", DocumentKind.Coach, "Anna de Vries", "Coach voor participatie en boze bellers.", ["participatie"],
            ("", "Anna helpt teams met participatie van burgers en met boze bellers aan de telefoon.")),
    ];

    public static SearchResources Resources(IReadOnlyList<KnowledgeDocument>? docs = null) =>
        SearchResources.ForLibrary(docs ?? Documents, Synonyms, English, new List<Diagnostic>());

    public static TipSearchEngine Engine() => TipSearchEngine.InMemory(Documents, Resources());

    /// <summary>Writes the library as files a loader can read (only the parts the tests need).</summary>
    public static KnowledgeSet AsSet() => new(Documents, []);
}
