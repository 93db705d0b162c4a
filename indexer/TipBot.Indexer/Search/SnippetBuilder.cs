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

    /// <summary>
    /// The same snippet as <see cref="Build(SnippetSource, IReadOnlyDictionary{string, int}, IReadOnlyList{QueryTermGroup})"/> of
    /// <see cref="Analyse(string, WordTerms)"/>, without keeping every sentence's tokens: the section is read once for the
    /// question's groups each sentence holds, and only the one or two sentences chosen are read again for their marks.
    /// </summary>
    /// <remarks>
    /// The per-search path: a section's analysis was cached per snapshot, but in a large library a question's sections are
    /// mostly new (13% hits at 10,000 tips), and each cached section was garbage that lived long enough to be copied. The
    /// section is tokenized as one text rather than sentence by sentence (a sentence ends before white space or at a line
    /// break, where the tokenizer always ends a word), and sentences are ranges of it rather than strings.
    /// </remarks>
    public static string Build(string sectionMarkdown, WordTerms words, IReadOnlyDictionary<string, int> matchingTerms, IReadOnlyList<QueryTermGroup> groups)
    {
        var plain = PlainText.FromMarkdown(sectionMarkdown);
        var ranges = Ranges ??= new List<(int Start, int Length)>();
        PlainText.SentenceRanges(plain, ranges);
        if (ranges.Count == 0) return "";
        var matched = new ulong[ranges.Count];
        var groupsIn = new GroupsIn(matchingTerms, ranges, matched);
        words.Visit(plain, ref groupsIn);
        // A group beyond the mask's bits (more than 64 question words), or a word across two sentences (not seen): the
        // listing path, which has neither limit.
        if (groupsIn.Overflow || groupsIn.Straddles) return Build(Analyse(sectionMarkdown, words), matchingTerms, groups);

        double Score(ulong mask)
        {
            var sum = 0.0;
            for (var g = 0; mask != 0; g++, mask >>= 1)
            {
                if ((mask & 1) != 0 && g < groups.Count) sum += groups[g].Weight;
            }
            return sum;
        }

        var (best, two) = Window(ranges.Count, i => Score(matched[i]), i => Score(matched[i] | matched[i + 1]), i => ranges[i].Length);
        var result = new StringBuilder();
        for (var i = best; i <= best + (two ? 1 : 0); i++)
        {
            if (result.Length > 0) result.Append(' ');
            var text = plain.Substring(ranges[i].Start, ranges[i].Length);
            result.Append(Mark(text, Matches(text, words.Tokens(text), matchingTerms).Spans));
        }
        return Trim(result.ToString());
    }

    // One list per thread for the sentence ranges of the section being read (a snippet is built on one thread).
    [ThreadStatic]
    private static List<(int Start, int Length)>? Ranges;

    /// <summary>Collects which question groups each sentence's tokens belong to, as bits per sentence.</summary>
    private struct GroupsIn(IReadOnlyDictionary<string, int> terms, List<(int Start, int Length)> sentences, ulong[] masks) : WordTerms.ITokenVisitor
    {
        private int _sentence;
        public bool Overflow;
        public bool Straddles;

        public void Token(string term, int start, int end)
        {
            // Tokens come in text order: move to the sentence this one starts in.
            while (_sentence < sentences.Count && start >= sentences[_sentence].Start + sentences[_sentence].Length) _sentence++;
            if (_sentence == sentences.Count || start < sentences[_sentence].Start || end > sentences[_sentence].Start + sentences[_sentence].Length)
            {
                Straddles = true;
                return;
            }
            if (!terms.TryGetValue(term, out var g)) return;
            if ((uint)g < 64) masks[_sentence] |= 1UL << g;
            else Overflow = true;
        }
    }

    /// <summary>Best window of one or two neighbouring sentences; the second only when it adds words of the question or the first is too short to stand alone.</summary>
    private static (int Best, bool Two) Window(int count, Func<int, double> single, Func<int, double> pair, Func<int, int> length)
    {
        var best = 0;
        var bestScore = -1.0;
        var two = false;
        for (var i = 0; i < count; i++)
        {
            var one = single(i);
            if (one > bestScore + 1e-9)
            {
                best = i;
                bestScore = one;
                two = false;
            }
            if (i + 1 < count)
            {
                var both = pair(i);
                if (both > bestScore + 1e-9 && length(i) + length(i + 1) <= MaxLength)
                {
                    best = i;
                    bestScore = both;
                    two = true;
                }
            }
        }
        if (!two && length(best) < 80 && best + 1 < count && length(best) + length(best + 1) <= MaxLength) two = true;
        return (best, two);
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

        double Pair(int i)
        {
            var union = new HashSet<int>(matched[i]);
            union.UnionWith(matched[i + 1]);
            return Score(union);
        }

        var (best, two) = Window(sentences.Count, i => Score(matched[i]), Pair, i => sentences[i].Length);

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
