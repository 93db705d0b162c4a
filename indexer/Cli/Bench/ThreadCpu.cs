using System.Runtime.InteropServices;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>CPU time of the calling thread (Linux), so a query's cost can be read apart from other processes' load.</summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Milliseconds of CPU the current thread has used, or NaN where the clock is unavailable.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
        }
        catch (DllNotFoundException)
        {
            return double.NaN;
        }
        catch (EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
