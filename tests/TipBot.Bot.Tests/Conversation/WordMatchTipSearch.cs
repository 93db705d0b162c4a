using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>
/// A stand-in ITipSearch for conversation tests until the Lucene engine is on main: counts shared words.
/// The conversation tests move to the real engine over knowledge/ as soon as it lands.
/// </summary>
internal sealed class WordMatchTipSearch(IReadOnlyList<KnowledgeDocument> documents) : ITipSearch
{
    public IReadOnlyList<KnowledgeDocument> Documents => documents;

    public SearchResult Search(SearchQuery query)
    {
        var words = Words(query.Text);
        var hits = documents
            .Where(d => d.Kind != DocumentKind.Coach)
            .Where(d => query.Audience is null || d.Audience.Contains(query.Audience))
            .Select(d => (Doc: d, Score: Words(d.Title + " " + d.Summary + " " + d.Body + " " + string.Join(' ', d.Tags)).Intersect(words).Count()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Skip(query.Skip)
            .Take(query.Top)
            .Select(x => ToHit(x.Doc, x.Score))
            .ToList();
        return new SearchResult(query.Text, hits.Count > 0 && hits[0].Score >= 2, hits);
    }

    public SearchResult MoreLikeThis(string id, int top = 3)
    {
        var source = Get(id);
        if (source is null)
        {
            return new SearchResult(id, false, []);
        }
        var hits = documents
            .Where(d => d.Id != id && d.Kind != DocumentKind.Coach && d.Tags.Intersect(source.Tags).Any())
            .Take(top)
            .Select(d => ToHit(d, 1))
            .ToList();
        return new SearchResult(id, hits.Count > 0, hits);
    }

    public KnowledgeDocument? Get(string id) => documents.FirstOrDefault(d => d.Id == id);

    private static SearchHit ToHit(KnowledgeDocument d, float score) => new()
    {
        Id = d.Id,
        Kind = d.Kind,
        Title = d.Title,
        Summary = d.Summary,
        Snippet = d.Body,
        Score = score,
        Source = d.Source,
        Path = d.Path,
        Author = d.Author,
        Organisation = d.Organisation,
        Tags = d.Tags,
    };

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', ':', '-', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3)
            .ToHashSet();

    public static WordMatchTipSearch Sample() => new(
    [
        Doc("boze-bellers", DocumentKind.Tip, "Zo blijf je rustig bij boze bellers",
            "Erken eerst de emotie van een boze beller, leg dan uit wat wel kan.",
            "Een boze beller wil **gehoord** worden.\n\n- Erken de emotie\n- Leg uit in _gewone_ woorden\n- Zeg wat [wel kan](https://example.org/wel-kan)",
            ["boze-inwoners", "klantcontact", "gesprekstechniek"], ["klantcontact", "leidinggevende"], ["burgers-en-bedrijven"],
            author: "Sanne de Vries", organisation: "Gemeente Voorbeeld", source: "https://example.org/tips/boze-bellers"),
        Doc("kcc-boze-bellers", DocumentKind.Case, "Het KCC en boze bellers na een regelwijziging",
            "Na een regelwijziging belden veel boze inwoners; een gesprekswijzer hielp.",
            "Medewerkers kregen een korte gesprekswijzer voor boze bellers.",
            ["boze-inwoners", "klantcontact"], ["klantcontact"], ["bestuur-en-organisatie"],
            organisation: "Gemeente Voorbeeld", source: "javascript:alert(1)"),
        Doc("brieven-testen", DocumentKind.Tip, "Test je brief met inwoners",
            "Laat drie inwoners je brief lezen voordat hij de deur uit gaat.",
            "Boze bellers voorkom je met een brief die inwoners begrijpen.",
            ["brieven", "boze-inwoners", "taal"], ["communicatieadviseur"], ["burgers-en-bedrijven"]),
        Doc("buurt-eerst", DocumentKind.Tip, "Investeer in de relatie met de buurt",
            "Bouw contact op met bewoners voordat je ze nodig hebt.",
            "Ga langs bij bewoners en luister.",
            ["participatie", "vertrouwen"], ["uitvoerder", "leidinggevende"], ["buurten"]),
        Doc("workshop-leefwereld", DocumentKind.Workshop, "Workshop: de leefwereld van inwoners",
            "Een ochtend oefenen met de blik van inwoners.",
            "In de workshop oefen je met klantreizen.",
            ["leefwereld", "participatie"], ["uitvoerder"], ["burgers-en-bedrijven"]),
        Doc("coach-noor", DocumentKind.Coach, "Noor", "Coach voor boze bellers en klantcontact", "Noor helpt bij boze bellers.",
            ["klantcontact"], [], []),
    ]);

    private static KnowledgeDocument Doc(
        string id, DocumentKind kind, string title, string summary, string body,
        string[] tags, string[] audience, string[] perspectives,
        string? author = null, string? organisation = null, string? source = null) => new()
    {
        Id = id,
        Kind = kind,
        Title = title,
        Summary = summary,
        Body = body,
        Path = $"{kind.ToString().ToLowerInvariant()}s/{id}.md",
        Tags = tags,
        Audience = audience,
        Perspectives = perspectives,
        Author = author,
        Organisation = organisation,
        Source = source,
        Updated = new DateOnly(2026, 11, 1),
    };
}
