using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace TipBot.Indexer.Library;

/// <summary>Reads a document's Markdown body: its <c>## </c> sections and its first sentence.</summary>
internal static partial class MarkdownBody
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly System.Buffers.SearchValues<char> InlineMarkup = System.Buffers.SearchValues.Create("*_`[]<>!\\&|~#");

    // Dutch abbreviations that end in a period without ending the sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bijv", "bv", "o.a", "d.w.z", "e.d", "m.a.w", "enz", "etc", "incl", "excl", "ca", "resp", "nl",
        "mr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "blz", "nr", "t.a.v", "i.p.v", "z.s.m", "m.b.t", "o.b.v", "e.g", "i.e",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Splits the body on level-2 ATX headings (<c>## </c>) outside code blocks; text before the first
    /// heading becomes a section with an empty heading. Section text stays Markdown source.
    /// </summary>
    public static IReadOnlyList<DocumentSection> Sections(string body, MarkdownDocument markdown, int bodyFirstLine)
    {
        var lines = TextLines.Of(body);
        try
        {
            var sections = new List<DocumentSection>();
            var introEnd = lines.Count;
            foreach (var block in markdown)
            {
                if (IsSectionHeading(block)) { introEnd = block.Line; break; }
            }
            AddSection(sections, "", lines, 0, introEnd, bodyFirstLine, skipWhenEmpty: true);

            var start = -1;
            foreach (var block in markdown)
            {
                if (!IsSectionHeading(block)) continue;
                if (start >= 0) AddSection(sections, HeadingText(lines.Line(start)), lines, start + 1, block.Line, bodyFirstLine + start, skipWhenEmpty: false);
                start = block.Line;
            }
            if (start >= 0) AddSection(sections, HeadingText(lines.Line(start)), lines, start + 1, lines.Count, bodyFirstLine + start, skipWhenEmpty: false);
            return sections;
        }
        finally
        {
            lines.Return();
        }
    }

    private static bool IsSectionHeading(Block block) => block is HeadingBlock { Level: 2, IsSetext: false };

    /// <summary>The body's first sentence as plain text (Markdown stripped), or "" when the body has no prose.</summary>
    public static string FirstSentence(string body, MarkdownDocument markdown)
    {
        var paragraph = markdown.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null)
            return "";

        var source = body.Substring(paragraph.Span.Start, paragraph.Span.Length);
        return Shorten(CutAtFirstSentenceEnd(PlainText(source)));
    }

    /// <summary>Parses the body once for both <see cref="Sections"/> and <see cref="FirstSentence"/>.</summary>
    public static MarkdownDocument Parse(string body) => Markdown.Parse(body, Pipeline);

    // Most headings and paragraphs carry no inline Markdown; rendering them through Markdig again would double the parse cost.
    private static string PlainText(string markdown)
    {
        var text = markdown.AsSpan().IndexOfAny(InlineMarkup) < 0 ? markdown : Markdown.ToPlainText(markdown, Pipeline);
        return (SingleSpaced.Is(text) ? text : Whitespace().Replace(text, " ")).Trim();
    }

    private static void AddSection(List<DocumentSection> sections, string heading, TextLines lines, int from, int to, int headingLine, bool skipWhenEmpty)
    {
        while (from < to && lines.Line(from).IsWhiteSpace())
            from++;
        while (to > from && lines.Line(to - 1).IsWhiteSpace())
            to--;

        if (skipWhenEmpty && from == to)
            return;

        var text = lines.JoinTrimmed(from, to);
        // The intro has no heading line, so it is located by its first line of text.
        var line = heading.Length == 0 ? headingLine + from : headingLine;
        sections.Add(new DocumentSection(heading, text, line));
    }

    private static string HeadingText(ReadOnlySpan<char> line) =>
        PlainText(ClosingHashes().Replace(line.Trim().TrimStart('#').ToString(), "").Trim());

    private static string CutAtFirstSentenceEnd(string text)
    {
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var before = text.AsSpan(0, end.Index);
            var lastWord = before[(before.LastIndexOf(' ') + 1)..].TrimStart("(\"'");
            if (AbbreviationLookup.Contains(lastWord))
                continue;
            return text[..(end.Index + end.Length)].Trim();
        }

        return text;
    }

    private static string Shorten(string sentence)
    {
        const int max = 300;
        if (sentence.Length <= max)
            return sentence;
        var cut = sentence.LastIndexOf(' ', max);
        return sentence[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    // A sentence ends at . ! or ? (possibly followed by a closing quote or bracket) before a space and a capital, digit or opening quote.
    [GeneratedRegex(@"[.!?]+[""'”’)]*(?=\s+[""'“‘(]?[\p{Lu}0-9])|[.!?]+[""'”’)]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+#+$")]
    private static partial Regex ClosingHashes();
}
