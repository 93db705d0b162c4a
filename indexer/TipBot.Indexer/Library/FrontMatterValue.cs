namespace TipBot.Indexer.Library;

/// <summary>A front-matter field's value as the checks read it: one text, a list of items, or anything else (a group of fields).</summary>
internal sealed class FrontMatterValue
{
    private FrontMatterValue(bool isText, bool isList, string? text, IReadOnlyList<FrontMatterItem> items)
    {
        IsText = isText;
        IsList = isList;
        Text = text;
        Items = items;
    }

    /// <summary>Neither text nor a list (in YAML: a group of fields).</summary>
    public static FrontMatterValue Other { get; } = new(false, false, null, []);

    public static FrontMatterValue OfText(string? text) => new(true, false, text, []);

    public static FrontMatterValue OfList(IReadOnlyList<FrontMatterItem> items) => new(false, true, null, items);

    public bool IsText { get; }

    public bool IsList { get; }

    /// <summary>The text, untrimmed, of a text value (null when YAML gave none).</summary>
    public string? Text { get; }

    public IReadOnlyList<FrontMatterItem> Items { get; }
}

/// <summary>One item of a list field: its text when it is a single value (<paramref name="IsText"/>), and its file line.</summary>
internal readonly record struct FrontMatterItem(bool IsText, string? Text, int Line);
