namespace TipBot.Indexer.Search;

/// <summary>Names of the Lucene fields; one index holds whole documents and their sections.</summary>
public static class IndexFields
{
    public const string Id = "id";
    /// <summary>"doc" for a whole document, "section" for one of its sections.</summary>
    public const string Entry = "entry";
    public const string SectionIndex = "section";
    public const string Kind = "kind";
    public const string Audience = "audience";
    public const string Perspective = "perspective";
    public const string Tag = "tag";

    public const string Title = "title";
    public const string Tags = "tags";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Heading = "heading";
    public const string Text = "text";

    public const string DocEntry = "doc";
    public const string SectionEntry = "section";

    /// <summary>Searched fields of a section, used to pick the section that fits a question.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> SectionFields =
    [
        (Heading, 2.0f),
        (Text, 1.0f),
    ];
}
