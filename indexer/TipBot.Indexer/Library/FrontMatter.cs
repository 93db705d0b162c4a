namespace TipBot.Indexer.Library;

/// <summary>A knowledge file cut into its YAML front matter and its Markdown body (from <paramref name="BodyStart"/> of the normalised <paramref name="Text"/>), with the file line each starts on.</summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, int YamlLastLine, string Text, int BodyStart, int BodyFirstLine)
{
    private const string BodySpace = "\n \t";

    /// <summary>Splits normalised text (LF line ends); null with a reason when there is no closed front matter.</summary>
    /// <remarks>
    /// The lines are found in place and the front matter taken as one substring: it is the text between two line
    /// ends, so it equals its lines joined again with '\n' (which is how it was once made, at a copy of the file per
    /// line and one more per join).
    /// </remarks>
    public static FrontMatter? Split(string text, out string? problem)
    {
        var firstEnd = LineEnd(text, 0);
        if (!text.AsSpan(0, firstEnd).TrimEnd().SequenceEqual("---"))
        {
            problem = "no front matter: the file must start with a line '---', then the fields (title, kind, ...), then '---'";
            return null;
        }

        // Line i (0-based) starts at lineStart; the front matter's lines are 1 .. i-1.
        var lineStart = firstEnd + 1;
        for (var i = 1; lineStart <= text.Length; i++)
        {
            var lineEnd = LineEnd(text, lineStart);
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                problem = null;
                var yamlStart = firstEnd + 1;
                return new FrontMatter(
                    i > 1 ? text.Substring(yamlStart, lineStart - 1 - yamlStart) : "",
                    YamlFirstLine: 2,
                    YamlLastLine: Math.Max(i, 2),
                    text,
                    BodyStart: Math.Min(lineEnd + 1, text.Length),
                    BodyFirstLine: i + 2);
            }
            lineStart = lineEnd + 1;
        }

        problem = "front matter is not closed: add a line '---' after the last field";
        return null;
    }

    /// <summary>
    /// The body as a document keeps it (blank lines, spaces and tabs around it trimmed), and the text its Markdown is
    /// read from: the same string when the trim took whole lines at the start, else the body as written.
    /// </summary>
    /// <remarks>
    /// Blank lines before the first block and white space after the last do not change which blocks Markdown finds or
    /// where they start (they only move line numbers, which <see cref="BodyText.MarkdownFirstLine"/> accounts for); a
    /// first line's indent can (four spaces make code), so then the body is read as written, at one more copy.
    /// BodyTextTests compares the two readings.
    /// </remarks>
    public BodyText Body()
    {
        var body = Text.AsSpan(BodyStart);
        var start = BodyStart + (body.Length - body.TrimStart(BodySpace).Length);
        var end = BodyStart + body.TrimEnd(BodySpace).Length;
        var trimmed = start < end ? Text[start..end] : "";
        if (start < end && (start == BodyStart || Text[start - 1] == '\n'))
            return new BodyText(trimmed, trimmed, BodyFirstLine + Text.AsSpan(BodyStart, start - BodyStart).Count('\n'));
        return new BodyText(trimmed, Text[BodyStart..], BodyFirstLine);
    }

    /// <summary>The index of the '\n' ending the line that starts at <paramref name="start"/>, or the text's length for the last line.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}
