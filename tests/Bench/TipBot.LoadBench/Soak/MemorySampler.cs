namespace TipBot.LoadBench.Soak;

/// <summary>Each instance's resident memory every few seconds, to show whether it stays flat under the soak.</summary>
public sealed class MemorySampler(IReadOnlyList<ServerProcess> servers, TimeSpan interval)
{
    private readonly List<long>[] samples = servers.Select(_ => new List<long>()).ToArray();

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                for (var i = 0; i < servers.Count; i++)
                {
                    samples[i].Add(servers[i].Memory().Rss);
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>First sample, the sample a fifth into the run (after warm-up), the last, and the largest, in bytes.</summary>
    public (long First, long AfterWarmup, long Last, long Max, int Count) Summary(int instance)
    {
        var s = samples[instance];
        return s.Count == 0 ? (0, 0, 0, 0, 0) : (s[0], s[s.Count / 5], s[^1], s.Max(), s.Count);
    }
}
