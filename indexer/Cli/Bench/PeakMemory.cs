using System.Diagnostics;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>The process's peak resident memory (and the machine's load, to read timings honestly): VmHWM on Linux (native SQLite and Lucene buffers included), else the peak working set.</summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line[6..].Trim().Split(' ')[0], out var kilobytes))
                    return kilobytes * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>The 1-minute load average from /proc/loadavg; 0 where there is none.</summary>
    public static double LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg)
            && double.TryParse(File.ReadAllText(loadavg).Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load)
            ? load
            : 0;
    }
}
