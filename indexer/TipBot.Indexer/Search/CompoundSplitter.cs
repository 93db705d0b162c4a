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
        return TrySplit(word, parts, depth: 0) ? parts : [];
    }

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
