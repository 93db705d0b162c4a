namespace TipBot.Indexer.Evaluation;

/// <summary>Graded ranking metrics over a list of document ids, best first.</summary>
public static class RankingMetrics
{
    /// <summary>nDCG@k with gain 2^grade - 1.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int k)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.TryGetValue(ranked[i], out var g)) dcg += (Math.Pow(2, g) - 1) / Math.Log2(i + 2);
        }
        var ideal = relevant.Values.OrderDescending().Take(k).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>1 / rank of the first relevant document (any grade), 0 when none is listed.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.ContainsKey(ranked[i])) return 1.0 / (i + 1);
        }
        return 0;
    }
}
