using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// Which of a question's word pairs that hold a function word ("komen pas", "pas als") a document's text holds as a run: the
/// analysis drops function words as stop words (<see cref="DutchStopWords"/>), but a tip that describes a situation quotes it in
/// the words people use, in the same order. Read from the documents' own text, for a few candidates at a time, without the index.
/// </summary>
/// <remarks>
/// Words are runs of letters and digits, lower-cased, accents dropped; a sentence's end (<c>. ! ? ; :</c>, a line break) and a
/// field's end break a run. Words are compared by a 64-bit hash of their folded characters. Pairs of two content words are left
/// to the engine's own reading of them, and a question without a function word costs nothing.
/// </remarks>
internal static class PhraseRuns
{
    /// <summary>The most pairs of a question that are read (a question of 65 words); later ones are left out.</summary>
    public const int MaxPairs = 64;

    private const ulong Break = 0;

    /// <summary>Folded form of the characters up to U+024F (0: not a word character).</summary>
    private static readonly char[] Folded = BuildFolded();

    /// <summary>
    /// The question's word pairs that hold a function word (<see cref="DutchStopWords"/>), in order, as the hashes of their two
    /// words; the number of pairs written. <paramref name="shapes"/> gets a bit per question word's shape (first letter and
    /// length), which a document's word must have to be one of them.
    /// </summary>
    public static int QuestionPairs(string question, Span<ulong> first, Span<ulong> second, out ulong shapes)
    {
        var folded = Folded;
        var count = 0;
        var previous = Break;
        var previousStop = false;
        var previousShape = 0UL;
        var at = 0;
        shapes = 0;
        while (count < first.Length && at < question.Length)
        {
            var c = question[at];
            var f = Fold(folded, c);
            if (f == '\0')
            {
                if (EndsSentence(c))
                {
                    previous = Break;
                    previousStop = false;
                }
                at++;
                continue;
            }
            var start = at;
            while (++at < question.Length && Fold(folded, question[at]) != '\0') { }
            var word = Hash(folded, question.AsSpan(start, at - start));
            var stop = IsStopWord(folded, question.AsSpan(start, at - start));
            if (previous != Break && (stop || previousStop))
            {
                first[count] = previous;
                second[count] = word;
                count++;
                shapes |= Shape(f, at - start) | previousShape;
            }
            previous = word;
            previousStop = stop;
            previousShape = Shape(f, at - start);
        }
        return count;
    }

    /// <summary>Bits of the pairs (<paramref name="first"/>[i], <paramref name="second"/>[i]) that <paramref name="document"/> holds as a run.</summary>
    /// <param name="shapes">The question words' shapes (<see cref="QuestionPairs"/>): a word of another shape is none of them, and is not hashed.</param>
    public static ulong HeldBy(KnowledgeDocument document, ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, ulong shapes)
    {
        // A word that starts no pair of the question is no pair's first word: one mask test instead of a look through the pairs.
        var starts = 0UL;
        foreach (var h in first) starts |= 1UL << (int)(h & 63);
        var held = 0UL;
        held |= HeldIn(document.Title, first, second, starts, shapes);
        held |= HeldIn(document.Summary, first, second, starts, shapes);
        var tags = document.Tags;
        for (var i = 0; i < tags.Count; i++) held |= HeldIn(tags[i], first, second, starts, shapes);
        var sections = document.Sections;
        if (sections.Count == 0) return held | HeldIn(document.Body, first, second, starts, shapes);
        for (var i = 0; i < sections.Count; i++)
        {
            held |= HeldIn(sections[i].Heading, first, second, starts, shapes);
            held |= HeldIn(sections[i].Text, first, second, starts, shapes);
        }
        return held;
    }

    private static ulong HeldIn(string text, ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, ulong starts, ulong shapes)
    {
        var folded = Folded;
        var held = 0UL;
        var previous = Break;
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            var f = Fold(folded, c);
            if (f == '\0')
            {
                if (EndsSentence(c)) previous = Break;
                at++;
                continue;
            }
            var start = at;
            while (++at < text.Length && Fold(folded, text[at]) != '\0') { }
            if ((shapes & Shape(f, at - start)) == 0)
            {
                previous = Break;
                continue;
            }
            var word = Hash(folded, text.AsSpan(start, at - start));
            if (previous != Break)
            {
                for (var i = 0; i < first.Length; i++)
                {
                    if (first[i] == previous && second[i] == word) held |= 1UL << i;
                }
            }
            previous = (starts & (1UL << (int)(word & 63))) != 0 ? word : Break;
        }
        return held;
    }

    /// <summary>The hashes of <paramref name="text"/>'s distinct words, in order, into <paramref name="words"/> (as many as fit); how many were written.</summary>
    public static int DistinctWords(string text, Span<ulong> words)
    {
        var folded = Folded;
        var count = 0;
        var at = 0;
        while (count < words.Length && at < text.Length)
        {
            if (Fold(folded, text[at]) == '\0')
            {
                at++;
                continue;
            }
            var start = at;
            while (++at < text.Length && Fold(folded, text[at]) != '\0') { }
            var word = Hash(folded, text.AsSpan(start, at - start));
            if (!words[..count].Contains(word)) words[count++] = word;
        }
        return count;
    }

    /// <summary>
    /// Adds to <paramref name="counts"/>[i] how often <paramref name="text"/> holds the word whose hash is <paramref name="words"/>[i];
    /// the number of words the text has.
    /// </summary>
    public static int CountWords(string text, ReadOnlySpan<ulong> words, Span<int> counts)
    {
        // A word whose hash's low bits are no question word's is none of them: one mask test instead of a look through the words.
        var any = 0UL;
        foreach (var h in words) any |= 1UL << (int)(h & 63);
        var folded = Folded;
        var length = 0;
        var at = 0;
        while (at < text.Length)
        {
            if (Fold(folded, text[at]) == '\0')
            {
                at++;
                continue;
            }
            var start = at;
            while (++at < text.Length && Fold(folded, text[at]) != '\0') { }
            length++;
            var word = Hash(folded, text.AsSpan(start, at - start));
            if ((any & (1UL << (int)(word & 63))) == 0) continue;
            var i = words.IndexOf(word);
            if (i >= 0) counts[i]++;
        }
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char[] folded, char c) =>
        c < folded.Length ? folded[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    // Whether the folded word is one of the analysis's stop words; a longer word than any of them is not.
    private static bool IsStopWord(char[] folded, ReadOnlySpan<char> word)
    {
        if (word.Length > StopWordBuffer) return false;
        var buffer = t_word ??= new char[StopWordBuffer];
        for (var i = 0; i < word.Length; i++) buffer[i] = Fold(folded, word[i]);
        return DutchStopWords.Surface.Contains(buffer, 0, word.Length);
    }

    private const int StopWordBuffer = 32;

    [ThreadStatic]
    private static char[]? t_word;

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ';' or ':' or '\n';

    // A word's shape: its first folded character and its length, as one of 64 bits.
    private static ulong Shape(char first, int length) => 1UL << (int)((first * 7u + (uint)length) & 63);

    // FNV-1a over the folded characters; never Break (the low bit is set).
    private static ulong Hash(char[] folded, ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word) h = (h ^ Fold(folded, c)) * 1099511628211UL;
        return h | 1;
    }

    private static char[] BuildFolded()
    {
        var folded = new char[0x250];
        for (var c = 0; c < folded.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch)) continue;
            var bare = ch.ToString().Normalize(NormalizationForm.FormD)[0];
            folded[c] = char.ToLowerInvariant(CharUnicodeInfo.GetUnicodeCategory(bare) == UnicodeCategory.NonSpacingMark ? ch : bare);
        }
        return folded;
    }
}
