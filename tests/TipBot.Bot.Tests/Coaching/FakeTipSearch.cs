using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>A tiny library with word-overlap search: enough to drive the intake without a Lucene index.</summary>
internal sealed class FakeTipSearch : ITipSearch
{
    public IReadOnlyList<KnowledgeDocument> Documents { get; } =
    [
        Doc("begrijpelijke-brieven", DocumentKind.Tip, "Schrijf brieven in begrijpelijke taal", "Inwoners begrijpen brieven in B1-taal beter.", tags: ["brieven", "taal"]),
        Doc("balie-gesprekken", DocumentKind.Tip, "Gebruik contactmomenten aan de balie", "Toets een idee aan de balie of telefoon met inwoners.", tags: ["balie"]),
        Doc("wageningen-formulieren", DocumentKind.Case, "Eenvoudigere formulieren in Wageningen", "Formulieren en brieven bleken te complex.", tags: ["formulieren"]),
        Doc("leefwereld", DocumentKind.Workshop, "Communicatie en dienstverlening vanuit de leefwereld", "Inleiding in werken vanuit de leefwereld van mensen.", tags: ["communicatie", "dienstverlening"]),
        Doc("ontwerpend-onderzoek", DocumentKind.Workshop, "Ontwerpend onderzoek en design thinking", "In gesprek blijven met mensen met design thinking.", tags: ["design-thinking", "onderzoek"]),
        Doc("patrick", DocumentKind.Coach, "Patrick Rancuret", "Coach voor ontwerpend onderzoek.", expertise: ["design-thinking", "participatie"]),
        Doc("renate", DocumentKind.Coach, "Renate Beckers", "Coach voor communicatie en brieven.", expertise: ["communicatie", "dienstverlening"]),
        Doc("jesse", DocumentKind.Coach, "Jesse Leemput", "Coach voor dienstverlening en online.", expertise: ["dienstverlening", "online"]),
    ];

    public SearchResult Search(SearchQuery query)
    {
        var words = Words(query.Text);
        var hits = Documents
            .Where(d => query.Kind is { } kind ? d.Kind == kind : d.Kind != DocumentKind.Coach)
            .Select(d => (Doc: d, Score: Words($"{d.Title} {d.Summary} {string.Join(' ', d.Tags)} {string.Join(' ', d.Expertise)}").Intersect(words).Count()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(query.Top)
            .Select(x => new SearchHit { Id = x.Doc.Id, Kind = x.Doc.Kind, Title = x.Doc.Title, Summary = x.Doc.Summary, Path = x.Doc.Path, Score = x.Score })
            .ToList();
        return new SearchResult(query.Text, hits.Count > 0, hits);
    }

    public SearchResult MoreLikeThis(string id, int top = 3) => new(id, false, []);

    public KnowledgeDocument? Get(string id) => Documents.FirstOrDefault(d => d.Id == id);

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '.', ',', '?'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToHashSet();

    private static KnowledgeDocument Doc(string id, DocumentKind kind, string title, string summary, string[]? tags = null, string[]? expertise = null) => new()
    {
        Id = id,
        Kind = kind,
        Title = title,
        Summary = summary,
        Path = $"{kind.ToString().ToLowerInvariant()}s/{id}.md",
        Tags = tags ?? [],
        Expertise = expertise ?? [],
    };
}
