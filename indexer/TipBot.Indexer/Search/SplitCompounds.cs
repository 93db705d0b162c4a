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
        var words = Word().Matches(text);
        if (words.Count < 2) return text;
        var result = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i < words.Count;)
        {
            var joined = 0;
            for (var n = Math.Min(MaxWords, words.Count - i); n >= 2 && joined == 0; n--)
            {
                if (!Adjacent(text, words, i, n)) continue;
                var candidate = string.Concat(Enumerable.Range(i, n).Select(k => words[k].Value)).ToLowerInvariant();
                if (candidate.Length <= MaxLength && known(candidate)) joined = n;
            }
            if (joined == 0)
            {
                i++;
                continue;
            }
            var first = words[i];
            var last = words[i + joined - 1];
            result.Append(text, copied, first.Index - copied);
            for (var k = i; k < i + joined; k++) result.Append(words[k].Value);
            copied = last.Index + last.Length;
            i += joined;
        }
        if (copied == 0) return text;
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }

    // Words next to each other with only spaces between them, each long enough to be half of a compound and no stop word.
    private static bool Adjacent(string text, MatchCollection words, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            // A stop word is no half of a compound: "een gesprek" is not the "eengesprek" of "een-op-eengesprekken".
            if (words[k].Length < MinLength || DutchStopWords.Words.Contains(words[k].Value.ToLowerInvariant())) return false;
            if (k == start) continue;
            var gap = text.AsSpan(words[k - 1].Index + words[k - 1].Length, words[k].Index - words[k - 1].Index - words[k - 1].Length);
            if (gap.Length == 0 || !gap.IsWhiteSpace()) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
