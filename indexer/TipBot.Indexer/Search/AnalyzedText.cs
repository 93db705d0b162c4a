using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// A text's tokens after analysis (term and position increment), kept so one analysis can feed several fields:
/// a section's words are both in the whole document's body and in the section's own entry.
/// </summary>
public sealed class AnalyzedText
{
    // The terms as strings, or null for a text analysed for the index writer, which keeps only their bytes (below).
    private string[]? _terms;
    private readonly int[] _increments;
    // The terms' UTF-8 bytes one after the other and where each ends: the form the index writer reads (ReplayTermAttribute).
    private byte[]? _utf8;
    private int[]? _utf8Ends;

    private AnalyzedText(string[]? terms, int[] increments)
    {
        _terms = terms;
        _increments = increments;
    }

    public static AnalyzedText Empty { get; } = new([], []);

    public int Count => _increments.Length;

    /// <summary>The terms in text order (a term repeats as often as it occurs).</summary>
    /// <remarks>A text analysed for the index writer decodes them from its bytes on first use: the terms as the index holds them.</remarks>
    public IReadOnlyList<string> Terms => _terms ??= DecodeTerms();

    public static AnalyzedText Of(Analyzer analyzer, string field, string text) => Of(analyzer, field, text, withBytes: false);

    /// <param name="withBytes">
    /// For the index writer: keep each term's UTF-8 bytes, encoded while the term's characters are at hand, instead of
    /// the term strings. Storing a string per token in the token array read the string's header (a cache miss on a
    /// table of tens of thousands of words) for every one of a build's millions of tokens, and nothing on the writer's
    /// path reads the strings.
    /// </param>
    internal static AnalyzedText Of(Analyzer analyzer, string field, string text, bool withBytes)
    {
        if (text.Length == 0) return Empty;
        // Tokens are collected in this thread's scratch arrays and copied out at their final size: lists grown per text
        // were garbage of about twice the result's size (a build analyses millions of tokens).
        var tokens = new Collector(t_scratch ??= new Scratch(), withBytes);
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
        var words = ts as CachedWordFilter;
        ts.Reset();
        if (words is not null && LatinWordBreaks.Handles(text))
        {
            // The same tokens without the tokenizer: the filter replays each word as written (CachedWordFilter.ReplayWords).
            words.ReplayWords(text, ref tokens);
        }
        else
        {
            while (ts.IncrementToken())
            {
                if (words is not null) tokens.Token(words.CurrentTerm, words.CurrentUtf8, posInc.PositionIncrement);
                else tokens.Token(term, posInc.PositionIncrement);
            }
        }
        ts.End();
        return tokens.ToText();
    }

    /// <summary>Gathers a text's tokens in a thread's scratch arrays: term strings, or their UTF-8 bytes for the index writer.</summary>
    private struct Collector(Scratch scratch, bool withBytes) : CachedWordFilter.ITokenSink
    {
        private int _count;
        private int _used;

        public void Token(string term, ReadOnlySpan<byte> utf8, int increment)
        {
            scratch.Reserve(_count + 1);
            scratch.Increments[_count] = increment;
            if (withBytes)
            {
                _used = Append(ref scratch.Bytes, _used, utf8);
                scratch.Ends[_count] = _used;
            }
            else
            {
                scratch.Terms[_count] = term;
            }
            _count++;
        }

        /// <summary>A token of a chain without the word cache: its term read from the attribute.</summary>
        public void Token(ICharTermAttribute term, int increment)
        {
            if (!withBytes)
            {
                Token(term.ToString(), default, increment);
                return;
            }
            UnicodeUtil.UTF16toUTF8(term.Buffer, 0, term.Length, scratch.Term);
            Token("", scratch.Term.Bytes.AsSpan(scratch.Term.Offset, scratch.Term.Length), increment);
        }

        public readonly AnalyzedText ToText()
        {
            var increments = scratch.Increments.AsSpan(0, _count).ToArray();
            if (withBytes)
            {
                return new AnalyzedText(null, increments)
                {
                    _utf8 = scratch.Bytes.AsSpan(0, _used).ToArray(),
                    _utf8Ends = scratch.Ends.AsSpan(0, _count).ToArray(),
                };
            }
            var analysed = new AnalyzedText(scratch.Terms.AsSpan(0, _count).ToArray(), increments);
            // The scratch's terms are dropped, not kept alive until the thread's next text.
            Array.Clear(scratch.Terms, 0, _count);
            return analysed;
        }
    }

    /// <summary>The terms of a text that kept only their UTF-8 bytes, decoded as Lucene decodes a term.</summary>
    private string[] DecodeTerms()
    {
        var terms = new string[Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var start = i == 0 ? 0 : _utf8Ends![i - 1];
            terms[i] = new BytesRef(_utf8!, start, _utf8Ends![i] - start).Utf8ToString();
        }
        return terms;
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>One thread's arrays for the text being analysed; they grow to the longest text the thread has seen.</summary>
    private sealed class Scratch
    {
        public string[] Terms = new string[256];
        public int[] Increments = new int[256];
        public int[] Ends = new int[256];
        public byte[] Bytes = new byte[2048];
        public readonly BytesRef Term = new(32);

        public void Reserve(int tokens)
        {
            if (tokens <= Terms.Length) return;
            var size = Math.Max(Terms.Length * 2, tokens);
            Array.Resize(ref Terms, size);
            Array.Resize(ref Increments, size);
            Array.Resize(ref Ends, size);
        }
    }

    /// <summary>Encodes the terms to UTF-8 for a text analysed without them (Lucene's own encoder, as the writer's would).</summary>
    /// <remarks>Not thread-safe: a text is replayed by the one writer thread that analysed or holds it.</remarks>
    private void EnsureBytes()
    {
        if (_utf8 is not null) return;
        var terms = _terms!;
        var ends = new int[terms.Length];
        var bytes = new byte[Math.Max(16, terms.Length * 8)];
        var scratch = new BytesRef(32);
        var used = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            UnicodeUtil.UTF16toUTF8(term, 0, term.Length, scratch);
            used = Append(ref bytes, used, scratch.Bytes.AsSpan(scratch.Offset, scratch.Length));
            ends[i] = used;
        }
        _utf8Ends = ends;
        _utf8 = bytes;
    }

    /// <summary>Appends <paramref name="term"/> to <paramref name="bytes"/> after <paramref name="used"/> bytes (growing it); returns the bytes now used.</summary>
    private static int Append(ref byte[] bytes, int used, ReadOnlySpan<byte> term)
    {
        if (used + term.Length > bytes.Length) Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + term.Length));
        term.CopyTo(bytes.AsSpan(used));
        return used + term.Length;
    }

    /// <summary>The tokens of several texts one after the other, as if they were one text.</summary>
    public static TokenStream Replay(params AnalyzedText[] parts) => new ReplayStream(parts);

    /// <summary>Plays stored tokens back to the index writer as UTF-8 terms (<see cref="ReplayTermAttribute"/>); positions are kept, offsets are not indexed.</summary>
    /// <remarks>Reusable: <see cref="Load"/> gives it the next texts, so a bulk build makes one per field, not one per entry.</remarks>
    internal sealed class ReplayStream : TokenStream
    {
        private AnalyzedText[] _parts;
        private readonly ReplayTermAttribute _term = new();
        private readonly IPositionIncrementAttribute _posInc;
        private int _part;
        private int _index;

        public ReplayStream(params AnalyzedText[] parts)
        {
            _parts = parts;
            AddAttributeImpl(_term);
            _posInc = AddAttribute<IPositionIncrementAttribute>();
        }

        public ReplayStream Load(params AnalyzedText[] parts)
        {
            _parts = parts;
            _part = 0;
            _index = 0;
            return this;
        }

        public override bool IncrementToken()
        {
            while (_part < _parts.Length && _index >= _parts[_part].Count)
            {
                _part++;
                _index = 0;
            }
            if (_part >= _parts.Length) return false;
            ClearAttributes();
            var text = _parts[_part];
            if (_index == 0) text.EnsureBytes();
            var start = _index == 0 ? 0 : text._utf8Ends![_index - 1];
            _term.Point(text._utf8!, start, text._utf8Ends![_index] - start);
            _posInc.PositionIncrement = text._increments[_index];
            _index++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _part = 0;
            _index = 0;
        }
    }
}
