namespace TipBot.Indexer.Search;

/// <summary>
/// A vocabulary's terms by the strings left after deleting up to <see cref="Deletions"/> of their characters, so the
/// terms within typo distance of a word (<see cref="TermMatcher.IsNear"/>) are found by looking up the word's own
/// deletions instead of comparing it with every term of about its length.
/// </summary>
/// <remarks>
/// Two strings within k edits (insertion, deletion, substitution, adjacent transposition) share a string that at most k
/// deletions make of each: every edit costs at most one deletion on either side. The deletions are kept as 32-bit hashes
/// beside the term's number in one sorted array (8 bytes each, no strings); a hash that collides only brings one more
/// candidate, and every candidate is checked with <see cref="TermMatcher.IsNear"/>, so the answer is exactly the scan's.
/// </remarks>
public sealed class NearTermIndex
{
    /// <summary>The most edits a word may be matched with (<see cref="QueryFactory.MaxEdits"/>): a term is kept under this many deletions.</summary>
    public const int Deletions = 2;

    private const ulong Base = 0x9E3779B97F4A7C15UL;

    private readonly string[] _terms;
    // (hash << 32) | term number, ascending.
    private readonly ulong[] _entries;
    private readonly int _longest;

    private NearTermIndex(string[] terms, ulong[] entries, int longest)
    {
        _terms = terms;
        _entries = entries;
        _longest = longest;
    }

    /// <summary>How many distinct terms the index holds.</summary>
    public int Count => _terms.Length;

    /// <param name="terms">Distinct terms.</param>
    public static NearTermIndex Build(IReadOnlyList<string> terms)
    {
        var array = terms.ToArray();
        var longest = array.Length == 0 ? 0 : array.Max(t => t.Length);
        var total = 0L;
        foreach (var t in array) total += VariantCount(t.Length, Deletions);
        var entries = new ulong[total];
        var powers = Powers(longest);
        var prefix = new ulong[longest + 1];
        var hashes = new uint[VariantCount(longest, Deletions)];
        var n = 0;
        for (var id = 0; id < array.Length; id++)
        {
            var term = array[id];
            Prefix(term, prefix);
            var count = Variants(term.Length, Deletions, prefix, powers, hashes);
            for (var i = 0; i < count; i++) entries[n++] = ((ulong)hashes[i] << 32) | (uint)id;
        }
        Array.Sort(entries);
        // A term with a doubled letter gives the same string twice (deleting either letter).
        var distinct = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i == 0 || entries[i] != entries[distinct - 1]) entries[distinct++] = entries[i];
        }
        Array.Resize(ref entries, distinct);
        return new NearTermIndex(array, entries, longest);
    }

    /// <summary>Every term near <paramref name="word"/> (<see cref="TermMatcher.IsNear"/>), by length, then ordinal.</summary>
    public string[] Near(string word)
    {
        var max = QueryFactory.MaxEdits(word);
        if (max > Deletions) return Sorted(_terms.Where(t => TermMatcher.IsNear(word, t)).ToList());
        // Longer than every term by more than its edits: nothing is near (and a pasted text does not make thousands of look-ups).
        if (word.Length == 0 || word.Length > _longest + max) return [];
        var prefix = new ulong[word.Length + 1];
        Prefix(word, prefix);
        var hashes = new uint[VariantCount(word.Length, max)];
        var count = Variants(word.Length, max, prefix, Powers(word.Length), hashes);
        List<string>? near = null;
        HashSet<int>? seen = null;
        for (var v = 0; v < count; v++)
        {
            var key = (ulong)hashes[v] << 32;
            for (var i = LowerBound(key); i < _entries.Length && (_entries[i] & 0xFFFF_FFFF_0000_0000UL) == key; i++)
            {
                var id = (int)(uint)_entries[i];
                if (!(seen ??= []).Add(id)) continue;
                if (TermMatcher.IsNear(word, _terms[id])) (near ??= []).Add(_terms[id]);
            }
        }
        return near is null ? [] : Sorted(near);
    }

    private static string[] Sorted(List<string> terms)
    {
        terms.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        return [.. terms];
    }

    private int LowerBound(ulong key)
    {
        int lo = 0, hi = _entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Polynomial hashes of every prefix (wrapping arithmetic), so a string with one or two characters taken out hashes in
    // constant time from three pieces: h(x + y) = h(x) * Base^|y| + h(y).
    private static void Prefix(string text, ulong[] prefix)
    {
        prefix[0] = 0;
        for (var i = 0; i < text.Length; i++) prefix[i + 1] = prefix[i] * Base + text[i] + 1;
    }

    private static ulong[] Powers(int longest)
    {
        var powers = new ulong[longest + 1];
        powers[0] = 1;
        for (var i = 1; i <= longest; i++) powers[i] = powers[i - 1] * Base;
        return powers;
    }

    private static ulong Piece(ulong[] prefix, ulong[] powers, int from, int to) => prefix[to] - prefix[from] * powers[to - from];

    private static int VariantCount(int length, int deletions) =>
        1 + (deletions >= 1 ? length : 0) + (deletions >= 2 ? length * (length - 1) / 2 : 0);

    /// <summary>The hashes of the string itself and of every string up to <paramref name="deletions"/> deletions make of it; returns how many.</summary>
    private static int Variants(int length, int deletions, ulong[] prefix, ulong[] powers, uint[] into)
    {
        var n = 0;
        into[n++] = Finish(prefix[length], length);
        if (deletions < 1) return n;
        for (var i = 0; i < length; i++)
        {
            var head = Piece(prefix, powers, 0, i);
            into[n++] = Finish(head * powers[length - i - 1] + Piece(prefix, powers, i + 1, length), length - 1);
            if (deletions < 2) continue;
            for (var j = i + 1; j < length; j++)
            {
                var two = head * powers[length - i - 2] + Piece(prefix, powers, i + 1, j) * powers[length - j - 1] + Piece(prefix, powers, j + 1, length);
                into[n++] = Finish(two, length - 2);
            }
        }
        return n;
    }

    // The polynomial's low bits mix poorly: spread every bit (and the length) over the 32 kept.
    private static uint Finish(ulong hash, int length)
    {
        var h = hash ^ ((ulong)length * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (uint)h;
    }
}
