using System.Text;
using System.Text.RegularExpressions;

namespace TipBot.Indexer.Search;

/// <summary>
/// Reads a question word that is a long stop word with one letter left out or two neighbouring letters swapped
/// ("eigelijk", "mischien", "wanner", "welek") as that stop word, when the library neither uses the word nor a form one
/// edit from it.
/// </summary>
/// <remarks>
/// A word the library never uses weighs as the rarest of all (it looks like what the question is about), so a misspelt
/// filler made a question seem to cover little of itself and it was refused. Only stop words of
/// <see cref="MinStopWordLength"/> letters or more are targets: one edit from "de", "en" or "op" reaches too many real
/// words. Only the two slips of typing count: a letter typed wrong or added makes real words of stop words far more
/// often ("kopen" of "komen", "werken" of "werden", "straat" of "staat", "helft" of "heeft"), and such a word, when
/// the library does not use it, is what tells an out-of-scope question apart. A word is compared with the stop words
/// that share its first letter, as near library words are (<see cref="TermMatcher.IsNear"/>). The stop words'
/// one-deletion forms are made once, so a word costs a few set look-ups and only a word near a stop word is looked up
/// in the library.
/// </remarks>
public static partial class StopWordTypos
{
    /// <summary>The shortest stop word a typo is read as.</summary>
    public const int MinStopWordLength = 5;

    // A stop word and each string one deletion makes of it -> the stop words it comes from.
    private static readonly Dictionary<string, string[]> ByDeletion = BuildDeletions();

    // The same, looked up by a span: a word's deletions are tried without a string each.
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByDeletionSpan = ByDeletion.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest stop word a typo is read as: a word with a letter left out is one shorter, a swap as long.
    private static readonly int MaxWordLength = ByDeletion.Values.Max(stops => stops.Max(stop => stop.Length));

    // The first letters of those stop words: a word is only compared with the stop words that share its first letter.
    private static readonly string FirstLetters = new([.. ByDeletion.Values.SelectMany(stops => stops.Select(stop => stop[0])).Distinct().Order()]);

    /// <summary>The text with every word that <see cref="StopWordOf"/> reads as a stop word replaced by it.</summary>
    /// <param name="libraryWord">Whether the library uses the word, or a near form of it, as typed (lower case).</param>
    /// <remarks>
    /// Every question passes through here, and nearly every word is ruled out by its length or first letter alone, so a
    /// word is lower-cased into a buffer and its deletions looked up as spans: a string is made only for a word near a
    /// stop word, and a new text only when a word is replaced.
    /// </remarks>
    public static string Correct(string text, Func<string, bool> libraryWord)
    {
        StringBuilder? corrected = null;
        var copied = 0;
        Span<char> lower = MaxWordLength <= 64 ? stackalloc char[64] : new char[MaxWordLength];
        foreach (var match in Word().EnumerateMatches(text))
        {
            if (match.Length < MinStopWordLength - 1 || match.Length > MaxWordLength) continue;
            var word = lower[..match.Length];
            text.AsSpan(match.Index, match.Length).ToLowerInvariant(word);
            if (StopWordOf(word) is not { } stop || libraryWord(new string(word))) continue;
            corrected ??= new StringBuilder(text.Length);
            corrected.Append(text, copied, match.Index - copied).Append(stop);
            copied = match.Index + match.Length;
        }
        return corrected is null ? text : corrected.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The long stop word that <paramref name="word"/> is with one letter left out or two neighbouring letters swapped, if any; null for a stop word itself.</summary>
    /// <param name="word">Lower case.</param>
    public static string? StopWordOf(string word) => StopWordOf(word.AsSpan());

    private static string? StopWordOf(ReadOnlySpan<char> word)
    {
        if (word.Length < MinStopWordLength - 1 || word.Length > MaxWordLength || !FirstLetters.Contains(word[0])) return null;
        string? typed = null;
        string? found = null;
        // A left-out letter makes the word one of the stop word's deletions; a swap shares one with it.
        if (!Check(word, word, ref typed, ref found))
        {
            Span<char> buffer = stackalloc char[word.Length - 1];
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1]) continue;
                word[..i].CopyTo(buffer);
                word[(i + 1)..].CopyTo(buffer[i..]);
                if (Check(word, buffer, ref typed, ref found)) break;
            }
        }
        // A stop word itself is none: its own deletions are keys too.
        return found is not null && !DutchStopWords.Surface.Contains(typed!) ? found : null;
    }

    // Whether a stop word that shares the word's first letter has variant among its deletions and is the word with a
    // letter left out or two swapped; the word made a string (typed) only then.
    private static bool Check(ReadOnlySpan<char> word, ReadOnlySpan<char> variant, ref string? typed, ref string? result)
    {
        if (!ByDeletionSpan.TryGetValue(variant, out var stops)) return false;
        foreach (var stop in stops)
        {
            if (stop[0] != word[0]) continue;
            typed ??= new string(word);
            if (!(IsLetterLeftOut(typed, stop) || IsSwap(typed, stop))) continue;
            result = stop;
            return true;
        }
        return false;
    }

    private static bool IsLetterLeftOut(string word, string stop) => word.Length == stop.Length - 1 && TermMatcher.IsWithin(word, stop, 1);

    private static bool IsSwap(string word, string stop)
    {
        if (word.Length != stop.Length) return false;
        var first = 0;
        while (first < word.Length && word[first] == stop[first]) first++;
        return first < word.Length - 1 && word[first] == stop[first + 1] && word[first + 1] == stop[first]
            && word.AsSpan(first + 2).SequenceEqual(stop.AsSpan(first + 2));
    }

    private static Dictionary<string, string[]> BuildDeletions()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var stop in DutchStopWords.Words.Where(w => w.Length >= MinStopWordLength && w.All(char.IsLetter)).Order(StringComparer.Ordinal))
        {
            Add(stop, stop);
            for (var i = 0; i < stop.Length; i++) Add(stop.Remove(i, 1), stop);
        }
        return map.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

        void Add(string key, string stop)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            if (!list.Contains(stop)) list.Add(stop);
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
