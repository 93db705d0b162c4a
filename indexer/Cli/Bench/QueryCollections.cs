namespace TipBot.Indexer.Cli.Bench;

/// <summary>The garbage collections of this process between <see cref="Start"/> and <see cref="Stop"/>: how many, how many full, their summed pause.</summary>
public sealed class QueryCollections
{
    private int gen0;
    private int gen2;
    private TimeSpan pause;

    /// <summary>Collections of any generation (each also counts as a generation-0 collection).</summary>
    public int Count { get; private set; }

    public int Gen2Count { get; private set; }

    public double PauseMs { get; private set; }

    public void Start()
    {
        gen0 = GC.CollectionCount(0);
        gen2 = GC.CollectionCount(2);
        pause = GC.GetTotalPauseDuration();
    }

    public void Stop()
    {
        Count = GC.CollectionCount(0) - gen0;
        Gen2Count = GC.CollectionCount(2) - gen2;
        PauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
    }
}
