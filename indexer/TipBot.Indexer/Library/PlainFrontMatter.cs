namespace TipBot.Indexer.Library;

/// <summary>
/// Reads front matter written in the plain shapes of the format's example (<c>name: text</c>, <c>name: "text"</c>,
/// <c>name: [a, b]</c>, one field a line) without a YAML parser; anything else is left to the parser.
/// </summary>
/// <remarks>
/// Almost every knowledge file is written this way, and the general YAML parser's model (tokens, events, nodes, marks)
/// cost more than the rest of reading a file. This reader accepts only what reads the same in YAML: it answers null for
/// an empty value, a repeated name, a comment, a value spread over lines, quotes with escapes, nested brackets, a colon
/// or <c>#</c> that YAML might read as markup, and any control or line-break character, so those files get YAML's own
/// reading, errors and line numbers. FrontMatterParityTests compares the two readings.
/// </remarks>
internal static class PlainFrontMatter
{
    // A plain YAML value must not start with one of these; '[', '"' and '\'' start the shapes read below.
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The fields in file order with their key's file line, or null when the text is not in the plain shapes.</summary>
    /// <param name="firstLine">The file line of the text's first line.</param>
    public static List<(string Name, int Line, FrontMatterValue Value)>? TryRead(string yaml, int firstLine)
    {
        if (!OnlyPlainCharacters(yaml)) return null;
        var fields = new List<(string Name, int Line, FrontMatterValue Value)>();
        var start = 0;
        for (var line = firstLine; start <= yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            var text = yaml.AsSpan(start, end - start);
            start = end + 1;
            if (text.IsWhiteSpace()) continue;

            var colon = KeyLength(text);
            if (colon <= 0) return null;
            if (HasName(fields, text[..colon])) return null;
            var name = text[..colon].ToString();
            var value = ReadValue(text[(colon + 1)..].Trim(' '), line);
            if (value is null) return null;
            fields.Add((name, line, value));
        }
        return fields.Count > 0 ? fields : null;
    }

    // A front matter has a handful of fields: looking along them costs less than a set of names per file.
    private static bool HasName(List<(string Name, int Line, FrontMatterValue Value)> fields, ReadOnlySpan<char> name)
    {
        foreach (var field in fields)
        {
            if (name.SequenceEqual(field.Name)) return true;
        }
        return false;
    }

    // Tabs, control characters and the characters YAML also takes as line breaks or rejects are left to the parser.
    private static bool OnlyPlainCharacters(string yaml)
    {
        foreach (var c in yaml)
        {
            if (c == '\n') continue;
            if (c < ' ' || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff' || char.IsSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>The length of a plain name at the start of the line followed by ':' and a space or the line's end; 0 when there is none.</summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !(char.IsAsciiLetter(line[0]) || line[0] == '_')) return 0;
        var i = 1;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-')) i++;
        if (i == line.Length || line[i] != ':') return 0;
        return i + 1 == line.Length || line[i + 1] == ' ' ? i : 0;
    }

    private static FrontMatterValue? ReadValue(ReadOnlySpan<char> value, int line)
    {
        if (value.Length == 0) return null;
        return value[0] switch
        {
            '[' => ReadList(value, line),
            '"' => Quoted(value, '"', '\\'),
            '\'' => Quoted(value, '\'', '\''),
            _ => IsPlain(value, inList: false) ? FrontMatterValue.OfText(value.ToString()) : null,
        };
    }

    /// <summary>A quoted value on one line without escapes (<paramref name="escape"/>) or inner quotes: its text is what stands between the quotes.</summary>
    private static FrontMatterValue? Quoted(ReadOnlySpan<char> value, char quote, char escape)
    {
        if (value.Length < 2 || value[^1] != quote) return null;
        var inner = value[1..^1];
        return inner.Contains(quote) || inner.Contains(escape) ? null : FrontMatterValue.OfText(inner.ToString());
    }

    /// <summary><c>[a, b]</c> of plain items on one line (<c>[]</c> is an empty list); every item on the key's line.</summary>
    private static FrontMatterValue? ReadList(ReadOnlySpan<char> value, int line)
    {
        if (value[^1] != ']') return null;
        var inner = value[1..^1];
        if (inner.IsWhiteSpace()) return inner.Length == 0 ? FrontMatterValue.OfList([]) : null;
        var items = new List<FrontMatterItem>();
        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim(' ');
            if (item.Length == 0 || !IsPlain(item, inList: true)) return null;
            items.Add(new FrontMatterItem(true, item.ToString(), line));
        }
        return FrontMatterValue.OfList(items);
    }

    /// <summary>
    /// Text YAML reads as itself: no leading indicator, no '#', no ": " or final ':' (a list item: no ':' at all), no
    /// brackets or braces (nor, in a list, quotes). Spaces inside are kept, as YAML keeps them.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> text, bool inList)
    {
        if (Indicators.Contains(text[0])) return false;
        if (text.IndexOfAny("#[]{}") >= 0) return false;
        if (inList) return text.IndexOfAny(":\"'") < 0;
        return !text.Contains(": ", StringComparison.Ordinal) && text[^1] != ':';
    }
}
