using System.Text;

namespace TipBot.Bot.Slack;

/// <summary>
/// Card Markdown (what <see cref="Cards.CardMarkdown"/> produces and the text catalog uses) as Slack mrkdwn:
/// **bold** becomes *bold*, [text](url) becomes &lt;url|text&gt;, "- " items become bullets, and every literal
/// character that Slack would read as markup is neutralised, so library or user text cannot mention @channel,
/// make links or format itself.
/// </summary>
public static class SlackMrkdwn
{
    public static string FromMarkdown(string markdown) => Convert(markdown, plain: false);

    /// <summary>The same text without any markup, for plain_text fields (headers, button labels).</summary>
    public static string Plain(string markdown) => Convert(markdown, plain: true);

    /// <summary>Text that must show exactly as written in a mrkdwn field.</summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            AppendLiteral(output, c, plain: false);
        }
        return output.ToString();
    }

    private static string Convert(string markdown, bool plain)
    {
        var output = new StringBuilder(markdown.Length + 16);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                output.Append('\n');
            }
            var line = lines[l];
            var start = 0;
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                // Slack has no list syntax; a bullet character reads the same.
                output.Append("• ");
                start = 2;
            }
            AppendInline(output, line, start, line.Length, plain);
        }
        return output.ToString();
    }

    private static void AppendInline(StringBuilder output, string text, int from, int to, bool plain)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < to && IsAsciiPunctuation(text[i + 1]))
            {
                AppendLiteral(output, text[++i], plain);
            }
            else if (c == '*' && i + 1 < to && text[i + 1] == '*')
            {
                if (!plain)
                {
                    output.Append('*');
                }
                i++;
            }
            else if (c is '*' or '_' && IsEmphasisMark(text, i, from, to))
            {
                if (!plain)
                {
                    output.Append('_');
                }
            }
            else if (c == '[' && TryLink(text, i, to, out var label, out var url, out var end))
            {
                if (plain)
                {
                    AppendInline(output, label, 0, label.Length, plain: true);
                }
                else
                {
                    // The label may not contain '|' or '>' (they end it); the URL comes from our own Markdown rendering.
                    var labelText = new StringBuilder();
                    AppendInline(labelText, label, 0, label.Length, plain: true);
                    output.Append('<').Append(EscapeUrl(url)).Append('|')
                        .Append(Escape(labelText.ToString()).Replace("|", "¦", StringComparison.Ordinal)).Append('>');
                }
                i = end;
            }
            else
            {
                AppendLiteral(output, c, plain);
            }
        }
    }

    /// <summary>A single * or _ that opens or closes emphasis: at a word edge, not inside a word like snake_case.</summary>
    private static bool IsEmphasisMark(string text, int i, int from, int to)
    {
        var before = i > from ? text[i - 1] : ' ';
        var after = i + 1 < to ? text[i + 1] : ' ';
        var opens = !char.IsWhiteSpace(after) && !char.IsLetterOrDigit(before);
        var closes = !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
        return opens || closes;
    }

    private static bool TryLink(string text, int open, int to, out string label, out string url, out int end)
    {
        label = url = "";
        end = open;
        var depth = 0;
        var close = -1;
        for (var j = open + 1; j < to; j++)
        {
            if (text[j] == '\\')
            {
                j++;
                continue;
            }
            if (text[j] == '[')
            {
                depth++;
            }
            else if (text[j] == ']')
            {
                if (depth == 0)
                {
                    close = j;
                    break;
                }
                depth--;
            }
        }
        if (close < 0 || close + 1 >= to || text[close + 1] != '(')
        {
            return false;
        }
        var urlEnd = text.IndexOf(')', close + 2);
        if (urlEnd < 0 || urlEnd > to)
        {
            return false;
        }
        var candidate = text[(close + 2)..urlEnd];
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }
        label = text[(open + 1)..close];
        url = uri.AbsoluteUri;
        end = urlEnd;
        return true;
    }

    private static bool IsAsciiPunctuation(char c) => c is > ' ' and < '\u007f' && !char.IsAsciiLetterOrDigit(c);

    private static string EscapeUrl(string url) =>
        url.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal);

    private static void AppendLiteral(StringBuilder output, char c, bool plain)
    {
        if (plain)
        {
            output.Append(c);
            return;
        }
        // Slack's mrkdwn has no escape character: control characters are entities, and formatting marks are swapped
        // for look-alikes so a literal "*" in a title cannot turn the rest of the line bold.
        output.Append(c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '*' => "\u2217",
            '_' => "\u02CD",
            '~' => "\u223C",
            '`' => "\u02CB",
            _ => c.ToString(),
        });
    }
}
