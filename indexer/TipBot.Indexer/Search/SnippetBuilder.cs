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
    /// <param name="reachable">
    /// The groups the section holds at all (from the index, <see cref="SectionGroups"/>), or null when not known. Once a window
    /// of sentences holds all of them no later window can score higher, so the rest of the section is not read.
    /// </param>
    /// <param name="tokens">
    /// The tokens of the section's plain text (<see cref="WordTerms.Tokens"/>), when known (<see cref="SectionTokens"/>): replayed
    /// instead of reading the text's words.
    /// </param>
    public static string Build(string sectionMarkdown, WordTerms words, IReadOnlyDictionary<string, int> matchingTerms, IReadOnlyList<QueryTermGroup> groups,
        ulong? reachable = null, SnippetToken[]? tokens = null)
    {
        var plain = PlainText.FromMarkdown(sectionMarkdown);
        var ranges = Ranges ??= new List<(int Start, int Length)>();
        PlainText.SentenceRanges(plain, ranges);
        if (ranges.Count == 0) return "";
        var matched = new ulong[ranges.Count];
        var spans = Spans ??= new List<(int Start, int End)>();
        spans.Clear();
        var groupsIn = new GroupsIn(matchingTerms, ranges, matched, groups, reachable, spans);
        if (tokens is null) words.Visit(plain, ref groupsIn);
        else WordTerms.Replay(tokens, ref groupsIn);
        // A group beyond the mask's bits (more than 64 question words), or a word across two sentences (not seen): the
        // listing path, which has neither limit.
        if (groupsIn.Overflow || groupsIn.Straddles) return Build(Analyse(sectionMarkdown, words), matchingTerms, groups);

        // Sentences after an early stop were not read (no groups): none of their windows could have been chosen.
        var (best, two) = Window(ranges.Count, i => Score(matched[i], groups), i => Score(matched[i] | matched[i + 1], groups), i => ranges[i].Length);
        // The sentences are marked straight from the plain text into one builder kept by the thread: a substring, a marked
        // string and a builder per sentence were most of a snippet's garbage.
        var result = Result ??= new StringBuilder(2 * MaxLength);
        result.Clear();
        for (var i = best; i <= best + (two ? 1 : 0); i++)
        {
            if (result.Length > 0) result.Append(' ');
            var (start, length) = ranges[i];
            // A sentence read for its groups has its marks already; one after an early stop is read now: from the section's
            // tokens when they are known, as the sentences before it were read, else from its own text.
            if (i < groupsIn.Read) AppendMarked(result, plain, start, length, MarksIn(spans, start, length));
            else if (tokens is not null && MarksOf(tokens, start, length, matchingTerms) is { } marks) AppendMarked(result, plain, start, length, marks);
            else
            {
                var text = plain.Substring(start, length);
                AppendMarked(result, text, 0, text.Length, Matches(text, words.Tokens(text), matchingTerms).Spans);
            }
        }
        var snippet = result.Length <= MaxLength ? result.ToString() : Trim(result.ToString());
        // A window of very long sentences does not keep its large buffer.
        if (result.Capacity > 8 * MaxLength) Result = null;
        return snippet;
    }

    /// <summary>The matched words' spans that lie in the sentence at <paramref name="start"/>, relative to it.</summary>
    private static List<(int Start, int End)> MarksIn(List<(int Start, int End)> spans, int start, int length)
    {
        var marks = SentenceMarks ??= [];
        marks.Clear();
        foreach (var (from, to) in spans)
        {
            if (from >= start && to <= start + length) marks.Add((from - start, to - start));
        }
        return marks;
    }

    /// <summary>
    /// The matched words' spans of the sentence at <paramref name="start"/> (relative to it) from its section's tokens, as
    /// <see cref="Matches"/> gives them from the sentence's own tokens; null when a token crosses the sentence's start or end.
    /// </summary>
    private static List<(int Start, int End)>? MarksOf(SnippetToken[] tokens, int start, int length, IReadOnlyDictionary<string, int> terms)
    {
        // The first token that starts in the sentence (tokens are in text order).
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && tokens[lo - 1].End > start) return null;
        var marks = SentenceMarks ??= [];
        marks.Clear();
        var end = start + length;
        for (var i = lo; i < tokens.Length && tokens[i].Start < end; i++)
        {
            if (tokens[i].End > end) return null;
            if (!terms.ContainsKey(tokens[i].Term)) continue;
            var span = (tokens[i].Start - start, tokens[i].End - start);
            if (!marks.Contains(span)) marks.Add(span);
        }
        return marks;
    }

    // One list per thread for the sentence ranges of the section being read and one for its matched words' spans (a
    // snippet is built on one thread).
    [ThreadStatic]
    private static List<(int Start, int Length)>? Ranges;

    [ThreadStatic]
    private static List<(int Start, int End)>? Spans;

    [ThreadStatic]
    private static List<(int Start, int End)>? SentenceMarks;

    [ThreadStatic]
    private static List<(int Start, int End)>? Merged;

    [ThreadStatic]
    private static StringBuilder? Result;

    private static double Score(ulong mask, IReadOnlyList<QueryTermGroup> groups) => QueryTermGroup.WeightOf(mask, groups);

    /// <summary>Collects which question groups each sentence's tokens belong to, as bits per sentence; done once the best window cannot improve.</summary>
    private struct GroupsIn : WordTerms.ITokenVisitor
    {
        private readonly IReadOnlyDictionary<string, int> _terms;
        private readonly List<(int Start, int Length)> _sentences;
        private readonly ulong[] _masks;
        private readonly IReadOnlyList<QueryTermGroup> _groups;
        private readonly ulong _reachable;
        private readonly double _bound;
        private bool _bounded;
        private int _sentence;
        // The window choice over the sentences read so far, made as Window makes it.
        private WindowChoice _choice;
        private readonly List<(int Start, int End)> _spans;
        // The shapes of the question's terms (TermShapes): a token of another shape is none of them and is not looked up.
        private readonly ulong _shapes;
        public bool Overflow;
        public bool Straddles;

        public GroupsIn(IReadOnlyDictionary<string, int> terms, List<(int Start, int Length)> sentences, ulong[] masks, IReadOnlyList<QueryTermGroup> groups, ulong? reachable,
            List<(int Start, int End)> spans)
        {
            _spans = spans;
            _terms = terms;
            _shapes = TermShapes.Of(terms);
            _sentences = sentences;
            _masks = masks;
            _groups = groups;
            _reachable = reachable ?? 0;
            _bounded = reachable is not null;
            _bound = _bounded ? Score(_reachable, groups) : 0;
            _choice = new WindowChoice();
        }

        public bool Done { get; private set; }

        /// <summary>How many sentences were read to their end (all, unless reading stopped early): their matched spans are known.</summary>
        public readonly int Read => Done ? _sentence : _sentences.Count;

        public void Token(string term, int start, int end)
        {
            // Tokens come in text order: move to the sentence this one starts in, choosing among the sentences left behind.
            while (_sentence < _sentences.Count && start >= _sentences[_sentence].Start + _sentences[_sentence].Length)
            {
                Completed(_sentence++);
                if (Done) return;
            }
            if (_sentence == _sentences.Count || start < _sentences[_sentence].Start || end > _sentences[_sentence].Start + _sentences[_sentence].Length)
            {
                Straddles = true;
                return;
            }
            if ((_shapes & TermShapes.Of(term)) == 0 || !_terms.TryGetValue(term, out var g)) return;
            if ((uint)g >= 64)
            {
                Overflow = true;
                return;
            }
            _masks[_sentence] |= 1UL << g;
            // A word's compound parts share its span: once is enough (the marks would merge them anyway).
            if (_spans.Count == 0 || _spans[^1] != (start, end)) _spans.Add((start, end));
            // A group the index did not list for this section: the bound is wrong, read the whole section.
            if ((_reachable & (1UL << g)) == 0) _bounded = false;
        }

        // Window's steps for sentence i, in its order: the pair ending at i, then i alone.
        private void Completed(int i)
        {
            if (!_bounded) return;
            if (i > 0) _choice.Pair(i - 1, Score(_masks[i - 1] | _masks[i], _groups), _sentences[i - 1].Length + _sentences[i].Length <= MaxLength);
            _choice.Single(i, Score(_masks[i], _groups));
            // Every window scores at most the bound: once the choice reaches it, none can replace it.
            if (_choice.BestScore >= _bound) Done = true;
        }
    }

    /// <summary>Best window of one or two neighbouring sentences; the second only when it adds words of the question or the first is too short to stand alone.</summary>
    private static (int Best, bool Two) Window(int count, Func<int, double> single, Func<int, double> pair, Func<int, int> length)
    {
        var choice = new WindowChoice();
        for (var i = 0; i < count; i++)
        {
            choice.Single(i, single(i));
            if (i + 1 < count) choice.Pair(i, pair(i), length(i) + length(i + 1) <= MaxLength);
        }
        var (best, two) = (choice.Best, choice.Two);
        if (!two && length(best) < 80 && best + 1 < count && length(best) + length(best + 1) <= MaxLength) two = true;
        return (best, two);
    }

    /// <summary>The window chosen so far: a later one replaces it only when it scores clearly more.</summary>
    private struct WindowChoice()
    {
        public int Best { get; private set; } = 0;
        public double BestScore { get; private set; } = -1.0;
        public bool Two { get; private set; } = false;

        public void Single(int i, double score)
        {
            if (!(score > BestScore + 1e-9)) return;
            (Best, BestScore, Two) = (i, score, false);
        }

        public void Pair(int i, double score, bool fits)
        {
            if (!(score > BestScore + 1e-9 && fits)) return;
            (Best, BestScore, Two) = (i, score, true);
        }
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
        return AppendMarked(new StringBuilder(text.Length + spans.Count * 4), text, 0, text.Length, spans).ToString();
    }

    /// <summary>Appends the <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/> with the spans (relative to <paramref name="start"/>) marked as <c>**word**</c>.</summary>
    private static StringBuilder AppendMarked(StringBuilder sb, string text, int start, int length, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0) return sb.Append(text, start, length);
        spans.Sort();
        var merged = Merged ??= [];
        merged.Clear();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        var pos = 0;
        foreach (var (from, to) in merged)
        {
            if (from < pos || to <= from) continue;
            sb.Append(text, start + pos, from - pos).Append("**").Append(text, start + from, to - from).Append("**");
            pos = to;
        }
        return sb.Append(text, start + pos, length - pos);
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
