using System.Diagnostics;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>Times repeated operations and reports percentiles in milliseconds.</summary>
public sealed class Latency
{
    private readonly List<double> samples = [];
    private readonly List<double> cpuSamples = [];

    public int Count => samples.Count;

    public T Time<T>(Func<T> action)
    {
        var cpu = ThreadCpu.Milliseconds();
        var start = Stopwatch.GetTimestamp();
        var result = action();
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        cpuSamples.Add(ThreadCpu.Milliseconds() - cpu);
        return result;
    }

    /// <summary>The nearest-rank percentile, <paramref name="p"/> between 0 and 1.</summary>
    public double Percentile(double p) => Percentile(samples, p);

    /// <summary>The same for the CPU time the timing thread used (NaN where the clock is unavailable): what other processes' load does not inflate.</summary>
    public double CpuPercentile(double p) => Percentile(cpuSamples, p);

    private static double Percentile(List<double> samples, double p)
    {
        if (samples.Count == 0)
            return 0;
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double Mean => samples.Count == 0 ? 0 : samples.Average();

    public double Max => samples.Count == 0 ? 0 : samples.Max();
}
