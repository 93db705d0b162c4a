namespace TipBot.Indexer.Search;

/// <summary>
/// One word of the question after analysis: the term itself and terms at the same position
/// (English-to-Dutch translations, synonyms; a synonym of several words is one alternative, its words
/// joined by spaces), plus its compound parts; <see cref="Weight"/> is its rarity (idf).
/// </summary>
public sealed record QueryTermGroup(IReadOnlyList<string> Alternatives, IReadOnlyList<string> Parts)
{
    public double Weight { get; init; } = 1;
    /// <summary>No alternative occurs in the library: a typo, or a topic the library does not cover.</summary>
    public bool Unknown { get; init; }

    /// <summary>The question names this word as the asker's own ("onze brieven"; <see cref="PossessedWords"/>).</summary>
    public bool Possessed { get; init; }

    /// <summary>Each part and its synonyms, parallel to <see cref="Parts"/>; empty means each part alone.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PartAlternatives { get; init; } = [];

    /// <summary>Per alternative, a boost that gives synonyms one shared rarity (parallel to <see cref="Alternatives"/>); null: none.</summary>
    public IReadOnlyList<float>? AlternativeBoosts { get; init; }

    /// <summary>The terms that count for part <paramref name="index"/>.</summary>
    public IReadOnlyList<string> PartTerms(int index) => index < PartAlternatives.Count ? PartAlternatives[index] : [Parts[index]];

    /// <summary>
    /// The summed weight of the groups whose bits are set in <paramref name="held"/> (bit g for <paramref name="groups"/>[g]), the
    /// form in which a sentence or a section records which of the question's groups it holds.
    /// </summary>
    public static double WeightOf(ulong held, IReadOnlyList<QueryTermGroup> groups)
    {
        var sum = 0.0;
        for (var g = 0; held != 0; g++, held >>= 1)
        {
            if ((held & 1) != 0 && g < groups.Count) sum += groups[g].Weight;
        }
        return sum;
    }

    /// <summary>Every single term of the group (the words of a phrase alternative each on their own).</summary>
    public IEnumerable<string> AllTerms => Alternatives.Concat(Enumerable.Range(0, Parts.Count).SelectMany(PartTerms)).SelectMany(QueryAnalysis.Words);
}
