using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>Turns a section's Markdown into plain sentences for indexing and snippets.</summary>
public static partial class PlainText
{
    /// <summary>Markdown without markup; list items and paragraphs end with a newline.</summary>
    /// <remarks>
    /// A line with none of the signs the markup steps look for (<see cref="IsPlainLine"/>) is taken as it is: every step
    /// would leave it unchanged. A section of one such line (most paragraphs) comes back without a copy when it needs no trim.
    /// </remarks>
    public static string FromMarkdown(string markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";
        if (markdown.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            var only = markdown.AsSpan().Trim();
            if (IsPlainLine(only)) return only.Length == markdown.Length ? markdown : only.ToString();
        }
        var text = markdown.Replace("\r\n", "\n").AsSpan();
        var result = t_result ??= new StringBuilder();
        result.Clear();
        var lines = 0;
        var paragraph = false;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || IsTableRule(line))
            {
                paragraph = false;
                continue;
            }
            if (line[0] == '|')
            {
                // A table row reads as one line of its cells.
                Add(result, ref lines, string.Join("; ", line.ToString().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                paragraph = false;
                continue;
            }
            // A list item, heading or quote starts a new line; other lines continue the paragraph (soft wrap).
            var startsBlock = false;
            var plain = IsPlainLine(line) ? line : WithoutMarkup(line.ToString(), out startsBlock).AsSpan();
            if (paragraph && !startsBlock && lines > 0) result.Append(' ').Append(plain);
            else Add(result, ref lines, plain);
            paragraph = true;
        }
        var joined = result.ToString().Trim();
        // Not kept large by one long text: a later call starts a new one.
        if (result.Capacity > MaxKeptCapacity) t_result = null;
        return joined;
    }

    /// <summary>Starts a new line of the result with <paramref name="line"/>.</summary>
    private static void Add(StringBuilder result, ref int lines, ReadOnlySpan<char> line)
    {
        if (lines++ > 0) result.Append('\n');
        result.Append(line);
    }

    [ThreadStatic] private static StringBuilder? t_result;

    private const int MaxKeptCapacity = 1 << 16;

    // What the markup steps look for anywhere in a line (emphasis, code, HTML, links and images), and at its start
    // (headings, list items, quotes, table rows; a list item's number is any decimal digit, as \d is).
    private static readonly SearchValues<char> MarkupSigns = SearchValues.Create("*_`<[");
    private static readonly SearchValues<char> BlockStarts = SearchValues.Create("#-*+>|");

    /// <summary>
    /// Whether <paramref name="line"/> (trimmed) is a line of text that none of the markup steps would change: not empty, no
    /// table row or code fence, and nothing <see cref="WithoutMarkup"/> would take out or read as the start of a block.
    /// </summary>
    internal static bool IsPlainLine(ReadOnlySpan<char> line) =>
        line.Length > 0 && !BlockStarts.Contains(line[0]) && !char.IsDigit(line[0]) && !line.ContainsAny(MarkupSigns);

    /// <summary>A trimmed line without its markup: heading, list and quote markers, images and links as their text, emphasis and HTML tags.</summary>
    /// <param name="startsBlock">Whether it is a heading, list item or quote, which starts a new line.</param>
    internal static string WithoutMarkup(string line, out bool startsBlock)
    {
        startsBlock = HeadingMarker().IsMatch(line) || ListMarker().IsMatch(line) || QuoteMarker().IsMatch(line);
        line = HeadingMarker().Replace(line, "");
        line = ListMarker().Replace(line, "");
        line = QuoteMarker().Replace(line, "");
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1");
        line = Emphasis().Replace(line, "");
        return Html().Replace(line, "");
    }

    private static bool IsTableRule(ReadOnlySpan<char> line) => line[0] == '|' && !line.ContainsAnyExcept("|-: ");

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
            // Only these characters can end a sentence: the ones between them are passed over at once.
            var next = plain.AsSpan(i).IndexOfAny(SentenceEnds);
            if (next < 0) break;
            i += next;
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

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("\n.!?");

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
