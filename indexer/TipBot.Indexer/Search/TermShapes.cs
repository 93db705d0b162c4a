namespace TipBot.Indexer.Search;

/// <summary>
/// A term's shape, its length with its first and last character as one of 64 bits: a term whose shape is not among an ordinal
/// set's shapes is not in the set, which one mask test tells without hashing it. A snippet asks this of every token of its section.
/// </summary>
internal static class TermShapes
{
    /// <summary>Every shape: what a set whose look-ups are not ordinal gives (each term may be in it).</summary>
    public const ulong All = ulong.MaxValue;

    public static ulong Of(string term) =>
        term.Length == 0 ? 1UL : 1UL << (int)(((uint)term.Length * 31u + term[0] * 7u + term[^1]) & 63);

    /// <summary>The shapes of every key of <paramref name="terms"/>; <see cref="All"/> unless it compares its keys ordinally.</summary>
    public static ulong Of(IReadOnlyDictionary<string, int> terms)
    {
        if (terms is not Dictionary<string, int> dictionary
            || !(ReferenceEquals(dictionary.Comparer, StringComparer.Ordinal) || ReferenceEquals(dictionary.Comparer, EqualityComparer<string>.Default)))
            return All;
        var shapes = 0UL;
        foreach (var term in dictionary.Keys) shapes |= Of(term);
        return shapes;
    }
}
