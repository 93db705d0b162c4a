namespace TipBot.Indexer.Search;

/// <summary>
/// Splits Dutch compounds into known word parts ("burgerparticipatie" into "burger" + "participatie"),
/// only where every part is a word the library itself uses, so unknown words are left whole.
/// </summary>
public sealed class CompoundSplitter
{
    public const int MinPart = 4;
    public const int MinCompound = 8;

    private readonly HashSet<string> _words;

    public CompoundSplitter(IEnumerable<string> words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Length >= MinPart && !DutchStopWords.Words.Contains(w)) _words.Add(w);
        }
    }

    public int Count => _words.Count;

    public IReadOnlyCollection<string> Words => _words;

    public bool IsWord(string w) => _words.Contains(w);

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it is not a compound of known words.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < MinCompound) return [];
        var parts = new List<string>();
        if (!TrySplit(word, parts, depth: 0)) return [];
        // A part may itself be a compound the library uses whole ("klanttevredenheid|onderzoek"):
        // its own parts are added too, so "tevredenheid" is found.
        foreach (var part in parts.ToList())
        {
            if (part.Length < MinCompound) continue;
            var sub = new List<string>();
            if (TrySplit(part, sub, depth: 1)) parts.AddRange(sub.Where(p => !parts.Contains(p)));
        }
        return parts;
    }

    /// <summary>
    /// For a question word: <see cref="Split"/>, or else the longest known head or tail of at least
    /// <see cref="MinKnownPiece"/> letters plus the unknown rest ("formulieren|vereenvoudiging"), so a
    /// compound the library never uses still meets the tips about its known half.
    /// </summary>
    public IReadOnlyList<string> SplitForQuery(string word)
    {
        var parts = Split(word);
        if (parts.Count > 0 || word.Length < MinCompound + 2 || _words.Contains(word)) return parts;
        string? known = null, rest = null;
        for (var i = word.Length - MinPart; i >= MinPart; i--)
        {
            var head = word[..i];
            var tail = word[i..];
            var headWord = KnownHead(head);
            if (headWord is not null && headWord.Length >= MinKnownPiece && (known is null || headWord.Length > known.Length)) (known, rest) = (headWord, tail);
            if (_words.Contains(tail) && tail.Length >= MinKnownPiece && (known is null || tail.Length > known.Length)) (known, rest) = (tail, head);
        }
        if (known is null || rest is null) return [];
        var result = new List<string> { known };
        var sub = new List<string>();
        if (known.Length >= MinCompound && TrySplit(known, sub, depth: 1)) result.AddRange(sub.Where(p => p != known));
        // The unknown rest keeps the share of the word the library does not cover honest; stemmed, it may still meet a word.
        result.Add(rest);
        return result;
    }

    public const int MinKnownPiece = 6;

    private string? KnownHead(string head) =>
        _words.Contains(head) ? head
        : head.EndsWith('s') && head.Length - 1 >= MinPart && _words.Contains(head[..^1]) ? head[..^1]
        : head.EndsWith("en", StringComparison.Ordinal) && head.Length - 2 >= MinPart && _words.Contains(head[..^2]) ? head[..^2]
        : null;

    private bool TrySplit(string word, List<string> parts, int depth)
    {
        if (depth > 3) return false;
        // Longest head first: "klantcontact|centrum" before "klant|contactcentrum"; both are fine, one is enough.
        for (var i = word.Length - MinPart; i >= MinPart; i--)
        {
            var head = word[..i];
            var tail = word[i..];
            string? headWord = _words.Contains(head) ? head
                // The Dutch linking s and e(n): "bewoner-s-avond", "pannekoek"; the head is then the bare word.
                : head.EndsWith('s') && _words.Contains(head[..^1]) && head.Length - 1 >= MinPart ? head[..^1]
                : head.EndsWith("en", StringComparison.Ordinal) && _words.Contains(head[..^2]) && head.Length - 2 >= MinPart ? head[..^2]
                : null;
            if (headWord is null) continue;
            if (_words.Contains(tail))
            {
                parts.Add(headWord);
                parts.Add(tail);
                return true;
            }
            if (tail.Length >= MinCompound)
            {
                var mark = parts.Count;
                parts.Add(headWord);
                if (TrySplit(tail, parts, depth + 1)) return true;
                parts.RemoveRange(mark, parts.Count - mark);
            }
        }
        return false;
    }
}
