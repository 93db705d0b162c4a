using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TipBot.Bot.Cards;

/// <summary>
/// Turns library Markdown into the subset an Adaptive Card TextBlock renders (bold, italic, lists, links), and
/// escapes everything else so library or user text can never add markup of its own.
/// </summary>
public static class CardMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Renders Markdown: emphasis, lists and http(s) links survive; headings become bold lines; the rest is plain text.</summary>
    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var output = new StringBuilder();
        foreach (var block in document)
        {
            AppendBlock(output, block, indent: "");
        }
        return output.ToString().Trim();
    }

    /// <summary>Plain text that a TextBlock shows exactly as written (titles, names, what users typed).</summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        AppendEscaped(output, text.ReplaceLineEndings(" "), atLineStart: true);
        return output.ToString();
    }

    private static void AppendBlock(StringBuilder output, Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Separate(output);
                output.Append(indent).Append("**").Append(InlineText(heading.Inline, plain: true)).Append("**");
                break;
            case ParagraphBlock paragraph:
                Separate(output);
                output.Append(indent).Append(InlineText(paragraph.Inline, plain: false));
                break;
            case ListBlock list:
                Separate(output);
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                var first = true;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    if (!first)
                    {
                        output.Append('\n');
                    }
                    first = false;
                    var marker = list.IsOrdered ? $"{number++}. " : "- ";
                    output.Append(indent).Append(marker).Append(ItemText(item));
                }
                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                {
                    AppendBlock(output, inner, indent);
                }
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code, HTML and anything else: shown as text, never interpreted.
                Separate(output);
                output.Append(indent).Append(Escape(leaf.Lines.ToString()));
                break;
        }
    }

    /// <summary>A list item on one line: nested blocks are joined, because a TextBlock has no nested lists.</summary>
    private static string ItemText(ListItemBlock item)
    {
        var parts = new List<string>();
        foreach (var block in item)
        {
            var inner = new StringBuilder();
            AppendBlock(inner, block, indent: "");
            parts.Add(inner.ToString().Replace("\n", " ", StringComparison.Ordinal).Trim());
        }
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static void Separate(StringBuilder output)
    {
        if (output.Length > 0)
        {
            output.Append("\n\n");
        }
    }

    private static string InlineText(ContainerInline? container, bool plain)
    {
        var output = new StringBuilder();
        AppendInlines(output, container, plain);
        return output.ToString().Trim();
    }

    private static void AppendInlines(StringBuilder output, ContainerInline? container, bool plain)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendEscaped(output, literal.Content.ToString(), atLineStart: output.Length == 0);
                    break;
                case EmphasisInline emphasis when !plain && emphasis.DelimiterChar is '*' or '_':
                    var mark = emphasis.DelimiterCount >= 2 ? "**" : "_";
                    var inner = InlineText(emphasis, plain: true);
                    if (inner.Length > 0)
                    {
                        output.Append(mark).Append(inner).Append(mark);
                    }
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var label = InlineText(link, plain: true);
                    if (!plain && IsWebLink(link.Url))
                    {
                        output.Append('[').Append(label.Length > 0 ? label : Escape(link.Url!)).Append("](").Append(UrlForLink(link.Url!)).Append(')');
                    }
                    else
                    {
                        output.Append(label);
                    }
                    break;
                case AutolinkInline autolink:
                    if (!plain && !autolink.IsEmail && IsWebLink(autolink.Url))
                    {
                        output.Append('[').Append(Escape(autolink.Url)).Append("](").Append(UrlForLink(autolink.Url)).Append(')');
                    }
                    else
                    {
                        AppendEscaped(output, autolink.Url, atLineStart: false);
                    }
                    break;
                case CodeInline code:
                    AppendEscaped(output, code.Content, atLineStart: false);
                    break;
                case LineBreakInline:
                    output.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    AppendEscaped(output, entity.Transcoded.ToString(), atLineStart: false);
                    break;
                case HtmlInline html:
                    AppendEscaped(output, html.Tag, atLineStart: false);
                    break;
                case ContainerInline nested:
                    AppendInlines(output, nested, plain);
                    break;
            }
        }
    }

    private static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Parentheses and spaces would end the link early; percent-encode them.</summary>
    private static string UrlForLink(string url) =>
        new Uri(url).AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    private static void AppendEscaped(StringBuilder output, string text, bool atLineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '`' or '~':
                    output.Append('\\').Append(c);
                    break;
                case '#' or '-' or '+' or '>' when atLineStart:
                    output.Append('\\').Append(c);
                    break;
                case '{' when i + 1 < text.Length && text[i + 1] == '{':
                    // "{{DATE(...)}}" is a TextBlock function: break it up so text cannot call it.
                    output.Append("{\u200B");
                    break;
                default:
                    output.Append(c);
                    break;
            }
            atLineStart = false;
        }
    }
}
