using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TipBot.Indexer.Search;

/// <summary>Picks the sentence or two of a section that fit the question and marks the matched words as <c>**word**</c>.</summary>
public static class SnippetBuilder
{
    public const int MaxLength = 320;

    public static string Build(string sectionMarkdown, Analyzer indexAnalyzer, IReadOnlyDictionary<string, int> matchingTerms, IReadOnlyList<QueryTermGroup> groups) =>
        Build(Analyse(sectionMarkdown, indexAnalyzer), matchingTerms, groups);

    /// <summary>A section's sentences and their analysed tokens: what a snippet needs that does not depend on the question.</summary>
    public static SnippetSource Analyse(string sectionMarkdown, Analyzer indexAnalyzer)
    {
        var sentences = PlainText.Sentences(PlainText.FromMarkdown(sectionMarkdown));
        var tokens = new SnippetToken[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++) tokens[i] = Tokens(sentences[i].Text, indexAnalyzer);
        return new SnippetSource(sentences.Select(x => x.Text).ToArray(), tokens);
    }

    /// <summary>The same as <see cref="Analyse(string, Analyzer)"/> with the words' terms remembered (<see cref="WordTerms"/>).</summary>
    public static SnippetSource Analyse(string sectionMarkdown, WordTerms words)
    {
        var sentences = PlainText.Sentences(PlainText.FromMarkdown(sectionMarkdown));
        var tokens = new SnippetToken[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++) tokens[i] = words.Tokens(sentences[i].Text);
        return new SnippetSource(sentences.Select(x => x.Text).ToArray(), tokens);
    }

    public static string Build(SnippetSource source, IReadOnlyDictionary<string, int> matchingTerms, IReadOnlyList<QueryTermGroup> groups)
    {
        var sentences = source.Sentences;
        if (sentences.Count == 0) return "";

        var marks = new List<List<(int Start, int End)>>(sentences.Count);
        var matched = new List<HashSet<int>>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (spans, groupsHit) = Matches(sentences[i], source.Tokens[i], matchingTerms);
            marks.Add(spans);
            matched.Add(groupsHit);
        }

        double Score(HashSet<int> g) => g.Sum(i => i < groups.Count ? groups[i].Weight : 0);

        // Best window of one or two neighbouring sentences; the second only when it adds words of the question
        // or the first is too short to stand alone.
        var best = 0;
        var bestScore = -1.0;
        var two = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var single = Score(matched[i]);
            if (single > bestScore + 1e-9)
            {
                best = i;
                bestScore = single;
                two = false;
            }
            if (i + 1 < sentences.Count)
            {
                var union = new HashSet<int>(matched[i]);
                union.UnionWith(matched[i + 1]);
                var pair = Score(union);
                if (pair > bestScore + 1e-9 && sentences[i].Length + sentences[i + 1].Length <= MaxLength)
                {
                    best = i;
                    bestScore = pair;
                    two = true;
                }
            }
        }
        if (!two && sentences[best].Length < 80 && best + 1 < sentences.Count
            && sentences[best].Length + sentences[best + 1].Length <= MaxLength)
        {
            two = true;
        }

        var result = new StringBuilder();
        for (var i = best; i <= best + (two ? 1 : 0); i++)
        {
            if (result.Length > 0) result.Append(' ');
            result.Append(Mark(sentences[i], marks[i]));
        }
        return Trim(result.ToString());
    }

    private static (List<(int, int)> Spans, HashSet<int> Groups) Matches(string text, SnippetToken[] tokens, IReadOnlyDictionary<string, int> terms)
    {
        var spans = new List<(int, int)>();
        var groups = new HashSet<int>();
        foreach (var token in tokens)
        {
            if (!terms.TryGetValue(token.Term, out var g)) continue;
            groups.Add(g);
            var span = (token.Start, Math.Min(token.End, text.Length));
            if (!spans.Contains(span)) spans.Add(span);
        }
        return (spans, groups);
    }

    private static SnippetToken[] Tokens(string text, Analyzer analyzer)
    {
        var tokens = new List<SnippetToken>();
        using var ts = analyzer.GetTokenStream(IndexFields.Text, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        while (ts.IncrementToken()) tokens.Add(new SnippetToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        ts.End();
        return [.. tokens];
    }

    private static string Mark(string text, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0) return text;
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        var sb = new StringBuilder(text.Length + merged.Count * 4);
        var pos = 0;
        foreach (var (start, end) in merged)
        {
            if (start < pos || end <= start) continue;
            sb.Append(text, pos, start - pos).Append("**").Append(text, start, end - start).Append("**");
            pos = end;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    // Cut overly long sentences at a word boundary, never inside a **mark**.
    private static string Trim(string s)
    {
        if (s.Length <= MaxLength) return s;
        var cut = s.LastIndexOf(' ', MaxLength);
        if (cut < MaxLength / 2) cut = MaxLength;
        var head = s[..cut];
        if (CountMarks(head) % 2 == 1) head += "**";
        return head.TrimEnd(',', ';', ':') + " …";
    }

    private static int CountMarks(string s)
    {
        var n = 0;
        for (var i = s.IndexOf("**", StringComparison.Ordinal); i >= 0; i = s.IndexOf("**", i + 2, StringComparison.Ordinal)) n++;
        return n;
    }
}
