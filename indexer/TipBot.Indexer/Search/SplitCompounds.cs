using System.Text;
using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Joins a compound that a question writes apart ("laag geletterde", "slecht nieuws gesprek", "klant reis") into the
/// word the library writes ("laaggeletterde"), when the library uses the joined word. Apart, each half is its own
/// word with its own sense ("laag" meets "Lage Landen"); joined, the compound splitter still adds the halves as parts,
/// so a text that writes them apart is found as before.
/// </summary>
public static partial class SplitCompounds
{
    private const int MaxWords = 3;
    private const int MinLength = 3;
    private const int MaxLength = 30;

    /// <param name="known">
    /// Whether the library writes a word (lower-case) as one word: the compound splitter's word list, a set in memory,
    /// since looking each joined pair up in the index cost a question ~0.1 ms.
    /// </param>
    public static string Join(string text, Func<string, bool> known)
    {
        if (!text.Contains(' ')) return text;
        // Word positions without Match objects: this runs for every question.
        Span<(int Index, int Length)> words = stackalloc (int, int)[MaxScannedWords];
        var count = 0;
        foreach (var m in Word().EnumerateMatches(text))
        {
            if (count == words.Length) break;
            words[count++] = (m.Index, m.Length);
        }
        if (count < 2) return text;
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < count;)
        {
            var joined = 0;
            for (var n = Math.Min(MaxWords, count - i); n >= 2 && joined == 0; n--)
            {
                if (Adjacent(text, words, i, n) && Candidate(text, words, i, n) is { } candidate && known(candidate)) joined = n;
            }
            if (joined == 0)
            {
                i++;
                continue;
            }
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, words[i].Index - copied);
            for (var k = i; k < i + joined; k++) result.Append(text, words[k].Index, words[k].Length);
            copied = words[i + joined - 1].Index + words[i + joined - 1].Length;
            i += joined;
        }
        if (result is null) return text;
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }

    private const int MaxScannedWords = 64;

    // The words joined and lower-cased, or null when longer than any word of the list.
    private static string? Candidate(string text, ReadOnlySpan<(int Index, int Length)> words, int start, int count)
    {
        var length = 0;
        for (var k = start; k < start + count; k++) length += words[k].Length;
        if (length > MaxLength) return null;
        Span<char> joined = stackalloc char[length];
        var at = 0;
        for (var k = start; k < start + count; k++)
        {
            at += text.AsSpan(words[k].Index, words[k].Length).ToLowerInvariant(joined[at..]);
        }
        return new string(joined);
    }

    // Words next to each other with only spaces between them, each long enough to be half of a compound and no stop word.
    private static bool Adjacent(string text, ReadOnlySpan<(int Index, int Length)> words, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            // A stop word is no half of a compound: "een gesprek" is not the "eengesprek" of "een-op-eengesprekken".
            if (words[k].Length < MinLength || IsStopWord(text.AsSpan(words[k].Index, words[k].Length))) return false;
            if (k == start) continue;
            var end = words[k - 1].Index + words[k - 1].Length;
            var gap = text.AsSpan(end, words[k].Index - end);
            if (gap.Length == 0 || !gap.IsWhiteSpace()) return false;
        }
        return true;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return StopWords.Contains(lower);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        new HashSet<string>(DutchStopWords.Words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
