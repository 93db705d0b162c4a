using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>Turns a section's Markdown into plain sentences for indexing and snippets.</summary>
public static partial class PlainText
{
    /// <summary>Markdown without markup; list items and paragraphs end with a newline.</summary>
    public static string FromMarkdown(string markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var result = new List<string>(lines.Length);
        var paragraph = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || IsTableRule(line))
            {
                paragraph = false;
                continue;
            }
            if (line.StartsWith('|'))
            {
                // A table row reads as one line of its cells.
                result.Add(string.Join("; ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                paragraph = false;
                continue;
            }
            // A list item, heading or quote starts a new line; other lines continue the paragraph (soft wrap).
            var startsBlock = HeadingMarker().IsMatch(line) || ListMarker().IsMatch(line) || QuoteMarker().IsMatch(line);
            line = HeadingMarker().Replace(line, "");
            line = ListMarker().Replace(line, "");
            line = QuoteMarker().Replace(line, "");
            line = Image().Replace(line, "$1");
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "");
            line = Html().Replace(line, "");
            if (paragraph && !startsBlock && result.Count > 0) result[^1] += " " + line;
            else result.Add(line);
            paragraph = true;
        }
        return string.Join('\n', result).Trim();
    }

    private static bool IsTableRule(string line) => line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ');

    /// <summary>Sentences of plain text, with their start offsets; a line break (list item) always ends one.</summary>
    public static IReadOnlyList<(int Start, string Text)> Sentences(string plain)
    {
        var sentences = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var end = c == '\n'
                || ((c is '.' or '!' or '?') && (i + 1 == plain.Length || char.IsWhiteSpace(plain[i + 1]))
                    && !IsAbbreviation(plain, start, i));
            if (!end) continue;
            Add(sentences, plain, start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(sentences, plain, start, plain.Length);
        return sentences;
    }

    private static void Add(List<(int, string)> sentences, string plain, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(plain[from])) from++;
        while (to > from && char.IsWhiteSpace(plain[to - 1])) to--;
        if (to > from) sentences.Add((from, plain[from..to]));
    }

    // "bijv." and "o.a." should not cut a sentence in two.
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.') return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..(dot + 1)].ToLowerInvariant();
        return word is "bijv." or "bv." or "o.a." or "m.a.w." or "d.w.z." or "e.d." or "etc." or "evt." or "incl." or "nl." or "ca." or "zgn." or "e.g." or "i.e."
            || (word.Length <= 3 && word.Count(char.IsLetter) == 1 && char.IsLetter(word[0]) && word.Length == 2 && char.IsUpper(text[wordStart]));
    }

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Html();
}
