using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// <see cref="CachedWordFilter"/>'s table: each distinct word's tokens after the per-word steps, found by the word's
/// characters. Flat arrays instead of a dictionary of strings to token lists: a word is found, compared and replayed
/// from four places in memory (its slot, its characters with its tokens' characters right after them, its tokens, and
/// their UTF-8 bytes), where the dictionary reached seven (bucket, entry, key string, token lists and their term strings)
/// and the bytes were encoded again per token. On a library's vocabulary of tens of thousands of words each of those
/// places is a likely cache miss per token: the dictionary's look-up and replay were about a third of the analysis' CPU.
/// </summary>
/// <remarks>Not thread-safe: one table per token stream, as the filter is.</remarks>
internal sealed class WordTokenTable
{
    /// <summary>
    /// One token of a word: its term (as a shared string, as characters in <see cref="Chars"/> and as UTF-8 in
    /// <see cref="Utf8"/>), its type (null: the word's own) and increment.
    /// </summary>
    public readonly record struct Token(string Term, string? Type, int Increment, int TermStart, int TermLength, int Utf8Start, int Utf8Length);

    // An empty slot has Length 0: the filter never looks up an empty word (a tokenizer emits none). 16 bytes, four to a
    // cache line: a word is at most MaxWordLength characters and has at most as many tokens.
    private struct Slot : IWordSlot
    {
        public int Hash;
        public int Start;
        public int FirstToken;
        public ushort Length;
        public ushort TokenCount;

        readonly int IWordSlot.Hash => Hash;
        readonly int IWordSlot.Start => Start;
        readonly int IWordSlot.Length => Length;
        readonly bool IWordSlot.IsEmpty => Length == 0;
    }

    /// <summary>The longest word the table takes: far above what the analyzers' tokenizer emits (255 characters).</summary>
    public const int MaxWordLength = ushort.MaxValue;

    private Slot[] _slots = new Slot[InitialSlots];
    private char[] _chars = new char[InitialSlots * 8];
    private int _charsUsed;
    private Token[] _tokens = new Token[InitialSlots];
    private int _tokensUsed;
    private byte[] _utf8 = new byte[InitialSlots * 8];
    private int _utf8Used;
    private readonly BytesRef _encoded = new(32);

    private const int InitialSlots = 1 << 12;

    public int Count { get; private set; }

    /// <summary>The characters a token's term was stored as (<see cref="Token.TermStart"/>, <see cref="Token.TermLength"/>).</summary>
    public char[] Chars => _chars;

    /// <summary>The terms' UTF-8 bytes, as Lucene encodes them (<see cref="Token.Utf8Start"/>, <see cref="Token.Utf8Length"/>).</summary>
    public byte[] Utf8 => _utf8;

    /// <summary>Finds <paramref name="word"/>: the index of its first token and how many it has (0: the steps dropped it).</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int firstToken, out int tokenCount)
    {
        var i = WordSlots.Find(_slots, _chars, word, WordHash.Of(word));
        if (i >= 0)
        {
            firstToken = _slots[i].FirstToken;
            tokenCount = _slots[i].TokenCount;
            return true;
        }
        firstToken = 0;
        tokenCount = 0;
        return false;
    }

    public ref readonly Token TokenAt(int index) => ref _tokens[index];

    /// <summary>Adds a word not in the table with its tokens (terms, increments, types in step order); returns the index of its first token.</summary>
    public int Add(ReadOnlySpan<char> word, IReadOnlyList<string> terms, IReadOnlyList<int> increments, IReadOnlyList<string?> types)
    {
        if (word.IsEmpty || word.Length > MaxWordLength) throw new ArgumentOutOfRangeException(nameof(word), word.Length, $"a word has 1-{MaxWordLength} characters");
        if (terms.Count > MaxWordLength) throw new ArgumentOutOfRangeException(nameof(terms), terms.Count, $"a word has at most {MaxWordLength} tokens");
        if ((Count + 1) * 2 > _slots.Length) Grow();
        var hash = WordHash.Of(word);
        var start = Store(word);
        var first = _tokensUsed;
        if (_tokensUsed + terms.Count > _tokens.Length) Array.Resize(ref _tokens, Math.Max(_tokens.Length * 2, _tokensUsed + terms.Count));
        for (var k = 0; k < terms.Count; k++)
        {
            // A term's characters right after the word's: replaying it reads memory the comparison just read.
            var termStart = Store(terms[k]);
            var utf8Start = StoreUtf8(terms[k]);
            _tokens[_tokensUsed++] = new Token(terms[k], types[k], increments[k], termStart, terms[k].Length, utf8Start, _utf8Used - utf8Start);
        }
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i].Length != 0) i = (i + 1) & mask;
        _slots[i] = new Slot { Hash = hash, Start = start, FirstToken = first, Length = (ushort)word.Length, TokenCount = (ushort)terms.Count };
        Count++;
        return first;
    }

    /// <summary>Forgets every word (keeps the arrays).</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _charsUsed = 0;
        _utf8Used = 0;
        Array.Clear(_tokens, 0, _tokensUsed);
        _tokensUsed = 0;
        Count = 0;
    }

    private int Store(ReadOnlySpan<char> text)
    {
        if (_charsUsed + text.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charsUsed + text.Length));
        var start = _charsUsed;
        text.CopyTo(_chars.AsSpan(start));
        _charsUsed += text.Length;
        return start;
    }

    // Lucene's own encoder, so the bytes are what the index writer would have made of the term's characters.
    private int StoreUtf8(string term)
    {
        UnicodeUtil.UTF16toUTF8(term, 0, term.Length, _encoded);
        if (_utf8Used + _encoded.Length > _utf8.Length) Array.Resize(ref _utf8, Math.Max(_utf8.Length * 2, _utf8Used + _encoded.Length));
        var start = _utf8Used;
        Buffer.BlockCopy(_encoded.Bytes, _encoded.Offset, _utf8, start, _encoded.Length);
        _utf8Used += _encoded.Length;
        return start;
    }

    private void Grow() => _slots = WordSlots.Doubled(_slots);
}
