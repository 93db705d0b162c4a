namespace TipBot.Indexer.Cli.Bench;

/// <summary>How many queries and repeats each stage runs (the same for every engine).</summary>
public static class BenchQueries
{
    /// <summary>Queries run before measuring, so caches and the JIT are warm.</summary>
    public const int Warmup = 200;

    public const int Measured = 1000;

    public const int NrtRepeats = 20;
}
