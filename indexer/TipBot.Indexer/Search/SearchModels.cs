using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>A user's question plus optional filters. Coach profiles are never returned.</summary>
public sealed record SearchQuery(string Text)
{
    public int Top { get; init; } = 3;
    public int Skip { get; init; }
    public DocumentKind? Kind { get; init; }
    public string? Audience { get; init; }
    public string? Perspective { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>One document in a result list, at its best-matching section.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Heading of the best section ("" for the intro).</summary>
    public string Section { get; init; } = "";
    /// <summary>One or two sentences of the best section; matched words marked as <c>**word**</c>.</summary>
    public string Snippet { get; init; } = "";
    public float Score { get; init; }
    public string? Source { get; init; }
    public required string Path { get; init; }
    public string? Author { get; init; }
    public string? Organisation { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>Results, and whether the library honestly has an answer.</summary>
public sealed record SearchResult(string Query, bool Answered, IReadOnlyList<SearchHit> Hits);
