namespace TipBot.Indexer.Search;

/// <summary>
/// One word of the question after analysis: the term itself and terms at the same position
/// (English-to-Dutch translations), plus its compound parts; <see cref="Weight"/> is its rarity (idf).
/// </summary>
public sealed record QueryTermGroup(IReadOnlyList<string> Alternatives, IReadOnlyList<string> Parts)
{
    public double Weight { get; init; } = 1;
    /// <summary>No alternative occurs in the library: a typo, or a topic the library does not cover.</summary>
    public bool Unknown { get; init; }

    public IEnumerable<string> AllTerms => Alternatives.Concat(Parts);
}
