namespace TipBot.Indexer.Search;

/// <summary>
/// The words Lucene's <c>StandardTokenizer</c> (Unicode word breaks, UAX #29) finds in a text of ASCII and Latin-1 letters,
/// found by a plain scan over the characters; other texts are left to the tokenizer.
/// </summary>
/// <remarks>
/// A snippet tokenizes the sections of a question's ten hits, and the tokenizer's state machine, reader and attributes were
/// about half of that. Over these characters the word-break rules come down to a few pairs: letters and digits join;
/// <c>:</c>, <c>.</c> and <c>'</c> join two letters; <c>,</c>, <c>;</c>, <c>.</c> and <c>'</c> join two digits; <c>_</c>
/// joins whatever word character it touches; a run without a letter or digit is no word. A word longer than the
/// tokenizer's 255 characters (which it drops) sends the text back to the tokenizer, as does any other character.
/// </remarks>
public static class LatinWordBreaks
{
    /// <summary>The longest word the tokenizer keeps (<c>StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH</c>).</summary>
    private const int MaxWordLength = 255;

    private enum Kind : byte
    {
        Break,
        Letter,
        Digit,
        MidLetter,
        MidNumLet,
        MidNum,
        Underscore,
        Unknown,
    }

    private static readonly Kind[] Kinds = BuildKinds();

    private static Kind[] BuildKinds()
    {
        var kinds = new Kind[256];
        for (var c = 0x80; c < 256; c++) kinds[c] = Kind.Unknown;
        for (var c = 'a'; c <= 'z'; c++) kinds[c] = Kind.Letter;
        for (var c = 'A'; c <= 'Z'; c++) kinds[c] = Kind.Letter;
        for (var c = '0'; c <= '9'; c++) kinds[c] = Kind.Digit;
        // À..ÿ are letters, but for × and ÷; the other Latin-1 signs (ª, µ, º, the no-break space, the soft hyphen) go to the tokenizer.
        for (var c = 0xC0; c < 256; c++) kinds[c] = c is 0xD7 or 0xF7 ? Kind.Unknown : Kind.Letter;
        kinds[':'] = Kind.MidLetter;
        kinds['.'] = Kind.MidNumLet;
        kinds['\''] = Kind.MidNumLet;
        kinds[','] = Kind.MidNum;
        kinds[';'] = Kind.MidNum;
        kinds['_'] = Kind.Underscore;
        return kinds;
    }

    /// <summary>Receives the words of a text, in order, as character ranges.</summary>
    public interface IWordSink
    {
        void Word(int start, int end);

        /// <summary>True when the sink needs no more words: the rest of the text is not read.</summary>
        bool Done { get; }
    }

    /// <summary>Whether <see cref="Words"/> finds in <paramref name="text"/> exactly the words the tokenizer would.</summary>
    public static bool Handles(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            if (c >= 256) return false;
            var kind = Kinds[c];
            if (kind == Kind.Unknown) return false;
            // A run of non-breaking characters bounds any word in it.
            run = kind == Kind.Break ? 0 : run + 1;
            if (run > MaxWordLength) return false;
        }
        return true;
    }

    /// <summary>Hands the words of <paramref name="text"/> to <paramref name="sink"/>; only for a text that <see cref="Handles"/>.</summary>
    public static void Words<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IWordSink, allows ref struct
    {
        var i = 0;
        while (i < text.Length && !sink.Done)
        {
            var kind = Kinds[text[i]];
            if (kind is not (Kind.Letter or Kind.Digit or Kind.Underscore))
            {
                i++;
                continue;
            }
            var hasCore = kind != Kind.Underscore;
            var j = i + 1;
            while (j < text.Length)
            {
                var previous = Kinds[text[j - 1]];
                var next = Kinds[text[j]];
                if (next is Kind.Letter or Kind.Digit)
                {
                    // Letters and digits follow each other and an underscore; a middle sign only joins as a pair below.
                    if (previous is not (Kind.Letter or Kind.Digit or Kind.Underscore)) break;
                    hasCore = true;
                    j++;
                    continue;
                }
                if (next == Kind.Underscore)
                {
                    if (previous is not (Kind.Letter or Kind.Digit or Kind.Underscore)) break;
                    j++;
                    continue;
                }
                if (j + 1 < text.Length)
                {
                    var after = Kinds[text[j + 1]];
                    var letters = previous == Kind.Letter && after == Kind.Letter && next is (Kind.MidLetter or Kind.MidNumLet);
                    var digits = previous == Kind.Digit && after == Kind.Digit && next is (Kind.MidNum or Kind.MidNumLet);
                    if (letters || digits)
                    {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            if (hasCore) sink.Word(i, j);
            i = j;
        }
    }
}
