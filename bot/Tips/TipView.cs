using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tips;

/// <summary>What a tip card shows of one document: from a search hit (with its best snippet) or from the document itself.</summary>
public sealed record TipView(
    string Id,
    DocumentKind Kind,
    string Title,
    string Summary,
    string Snippet,
    string? Author,
    string? Organisation,
    string? Source)
{
    public static TipView From(SearchHit hit) =>
        new(hit.Id, hit.Kind, hit.Title, hit.Summary, hit.Snippet, hit.Author, hit.Organisation, hit.Source);

    public static TipView From(KnowledgeDocument document) =>
        new(document.Id, document.Kind, document.Title, document.Summary, "", document.Author, document.Organisation, document.Source);

    /// <summary>The source as a link, only when it is an absolute http(s) URL: anything else is never linked.</summary>
    public Uri? SourceLink =>
        Uri.TryCreate(Source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
