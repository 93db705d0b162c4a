namespace TipBot.Indexer.Search;

/// <summary>How the final score mixes BM25 with the share of the question a document covers.</summary>
public static class Ranking
{
    public const double CoverageExponent = 1.0;

    public static double Combine(float bm25, double coverage) => bm25 * Math.Pow(Math.Max(coverage, 0.05), CoverageExponent);
}
