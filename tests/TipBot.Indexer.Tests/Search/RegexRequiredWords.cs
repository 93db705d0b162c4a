using System.Text;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// Whether every string a regular expression matches must contain one of some words: for each branch of the pattern,
/// some literal it cannot match without (not optional, not inside a look-around) holds one of the words, or a group it
/// cannot match without has such a literal in every alternative. Knows the syntax the question forms use (groups,
/// alternation, escapes, character classes, quantifiers); anything else counts as holding no word, so the check errs
/// towards failing.
/// </summary>
public static class RegexRequiredWords
{
    /// <summary>The branches of <paramref name="pattern"/> that can match without any of <paramref name="words"/>; empty when none can.</summary>
    public static IReadOnlyList<string> BranchesWithout(string pattern, IReadOnlyList<string> words)
    {
        var pos = 0;
        var top = ParseAlternation(pattern, ref pos);
        // A pattern that is one group around its alternation ("\b(a|b)\b") is judged branch by branch inside it.
        var branches = top.Count == 1 && top[0].Count(n => n is Group) == 1 && top[0].OfType<Group>().Single() is { Optional: false, LookAround: false } only
            && top[0].All(n => n is Group or Other) ? only.Alternatives : top;
        return [.. branches.Where(b => !Requires(b, words)).Select(Text)];
    }

    private abstract record Node;
    private sealed record Literal(string Word) : Node;
    private sealed record Group(List<List<Node>> Alternatives, bool LookAround, bool Optional) : Node;
    private sealed record Other(string Source) : Node;

    private static bool Requires(List<Node> branch, IReadOnlyList<string> words) => branch.Any(n => n switch
    {
        Literal l => words.Any(w => l.Word.Contains(w, StringComparison.Ordinal)),
        Group { LookAround: false, Optional: false } g => g.Alternatives.All(a => Requires(a, words)),
        _ => false,
    });

    private static List<List<Node>> ParseAlternation(string p, ref int pos)
    {
        var alternatives = new List<List<Node>> { ParseSequence(p, ref pos) };
        while (pos < p.Length && p[pos] == '|')
        {
            pos++;
            alternatives.Add(ParseSequence(p, ref pos));
        }
        return alternatives;
    }

    private static List<Node> ParseSequence(string p, ref int pos)
    {
        var nodes = new List<Node>();
        var word = new StringBuilder();
        void EndWord()
        {
            if (word.Length > 0) nodes.Add(new Literal(word.ToString()));
            word.Clear();
        }
        while (pos < p.Length && p[pos] is not ('|' or ')'))
        {
            var c = p[pos];
            if (char.IsLetter(c))
            {
                word.Append(c);
                pos++;
            }
            else if (c is '?' or '*' or '+' or '{')
            {
                var optional = c is '?' or '*' || (c == '{' && p[pos + 1] == '0');
                pos = c == '{' ? p.IndexOf('}', pos) + 1 : pos + 1;
                if (pos < p.Length && p[pos] == '?') pos++; // lazy
                if (word.Length > 0)
                {
                    // The quantifier binds the last letter only.
                    if (optional) word.Length--;
                    EndWord();
                }
                else if (optional && nodes.Count > 0)
                {
                    nodes[^1] = nodes[^1] is Group g ? g with { Optional = true } : new Other("optional");
                }
            }
            else if (c == '(')
            {
                EndWord();
                var lookAround = false;
                pos++;
                if (p[pos] == '?')
                {
                    lookAround = p[pos + 1] is '=' or '!' || (p[pos + 1] == '<' && p[pos + 2] is '=' or '!');
                    pos = lookAround ? pos + (p[pos + 1] == '<' ? 3 : 2) : p[pos + 1] == ':' ? pos + 2 : p.IndexOf('>', pos) + 1;
                }
                var alternatives = ParseAlternation(p, ref pos);
                pos++; // ')'
                nodes.Add(new Group(alternatives, lookAround, Optional: false));
            }
            else if (c == '[')
            {
                EndWord();
                var end = pos + 1;
                while (p[end] != ']') end += p[end] == '\\' ? 2 : 1;
                nodes.Add(new Other(p[pos..(end + 1)]));
                pos = end + 1;
            }
            else if (c == '\\')
            {
                EndWord();
                nodes.Add(new Other(p.Substring(pos, 2)));
                pos += 2;
            }
            else
            {
                EndWord();
                nodes.Add(new Other(c.ToString()));
                pos++;
            }
        }
        EndWord();
        return nodes;
    }

    private static string Text(List<Node> branch) => string.Concat(branch.Select(n => n switch
    {
        Literal l => l.Word,
        Group g => "(" + string.Join("|", g.Alternatives.Select(Text)) + ")" + (g.Optional ? "?" : ""),
        Other o => o.Source,
        _ => "",
    }));
}
