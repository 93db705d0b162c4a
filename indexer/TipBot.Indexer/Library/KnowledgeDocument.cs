namespace TipBot.Indexer.Library;

/// <summary>What a knowledge file is (the front matter's <c>kind</c>).</summary>
public enum DocumentKind
{
    Tip,
    Case,
    Workshop,
    Coach,
}

/// <summary>One <c>## </c> section of a document's body; <see cref="Heading"/> is empty for the text before the first heading.</summary>
public sealed record DocumentSection(string Heading, string Text, int Line);

/// <summary>A parsed, validated knowledge file (see shared/docs/knowledge-format.md).</summary>
public sealed record KnowledgeDocument
{
    public required string Id { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Path relative to the knowledge folder, with forward slashes.</summary>
    public required string Path { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Audience { get; init; } = [];
    public IReadOnlyList<string> Perspectives { get; init; } = [];
    public string? Author { get; init; }
    public string? Organisation { get; init; }
    public string? Source { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];
    public string Language { get; init; } = "nl";
    /// <summary>Coach profiles only.</summary>
    public IReadOnlyList<string> Expertise { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public int? CapacityHours { get; init; }
    /// <summary>The file line of each front-matter field, so later checks (duplicate id, related) can point at it.</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();
}
