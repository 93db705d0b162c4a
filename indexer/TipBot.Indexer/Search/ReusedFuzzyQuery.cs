using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TipBot.Indexer.Search;

/// <summary>
/// A <see cref="FuzzyQuery"/> whose expansion is computed once per index reader: one question runs the same
/// fuzzy terms against the documents and again for every hit's best section, and building the Levenshtein
/// automata is most of a typo question's cost.
/// </summary>
internal sealed class ReusedFuzzyQuery(Term term, int maxEdits) : Query
{
    private const int MaxCachedPerReader = 2048;
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Query>> Rewrites = new();

    public override Query Rewrite(IndexReader reader)
    {
        var cache = Rewrites.GetValue(reader, _ => new ConcurrentDictionary<string, Query>(StringComparer.Ordinal));
        if (cache.Count > MaxCachedPerReader) cache.Clear();
        var key = string.Create(CultureInfo.InvariantCulture, $"{term.Field}\u0000{term.Text}\u0000{maxEdits}\u0000{Boost}");
        return cache.GetOrAdd(key, _ =>
            new FuzzyQuery(term, maxEdits, prefixLength: 1, maxExpansions: 20, transpositions: true) { Boost = Boost }.Rewrite(reader));
    }

    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{(term.Field == field ? "" : term.Field + ":")}{term.Text}~{maxEdits}");

    public override bool Equals(object? obj) =>
        obj is ReusedFuzzyQuery other && other.Boost == Boost && term.Equals(other.Term) && maxEdits == other.MaxEdits;

    public override int GetHashCode() => HashCode.Combine(term, maxEdits, Boost);

    private Term Term => term;

    private int MaxEdits => maxEdits;
}
