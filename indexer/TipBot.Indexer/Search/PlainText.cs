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
        var ranges = new List<(int Start, int Length)>();
        SentenceRanges(plain, ranges);
        var sentences = new List<(int, string)>(ranges.Count);
        foreach (var (start, length) in ranges) sentences.Add((start, plain.Substring(start, length)));
        return sentences;
    }

    /// <summary>The sentences of <see cref="Sentences"/> as where they stand in <paramref name="plain"/>, without a string each.</summary>
    public static void SentenceRanges(string plain, List<(int Start, int Length)> ranges)
    {
        ranges.Clear();
        var start = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var end = c == '\n'
                || ((c is '.' or '!' or '?') && (i + 1 == plain.Length || char.IsWhiteSpace(plain[i + 1]))
                    && !IsAbbreviation(plain, start, i));
            if (!end) continue;
            Add(ranges, plain, start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(ranges, plain, start, plain.Length);
    }

    private static void Add(List<(int, int)> ranges, string plain, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(plain[from])) from++;
        while (to > from && char.IsWhiteSpace(plain[to - 1])) to--;
        if (to > from) ranges.Add((from, to - from));
    }

    private static readonly string[] Abbreviations = ["bijv.", "bv.", "o.a.", "m.a.w.", "d.w.z.", "e.d.", "etc.", "evt.", "incl.", "nl.", "ca.", "zgn.", "e.g.", "i.e."];

    // "bijv." and "o.a." should not cut a sentence in two. Compared character by character as lower-cased (what
    // ToLowerInvariant of the word gives), without a string per full stop.
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.') return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, dot + 1 - wordStart);
        foreach (var abbreviation in Abbreviations)
        {
            if (EqualsLowered(word, abbreviation)) return true;
        }
        return word.Length == 2 && char.IsLetter(char.ToLowerInvariant(word[0])) && !char.IsLetter(char.ToLowerInvariant(word[1])) && char.IsUpper(text[wordStart]);
    }

    private static bool EqualsLowered(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(word[i]) != lower[i]) return false;
        }
        return true;
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
