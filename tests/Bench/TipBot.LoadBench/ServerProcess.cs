using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TipBot.LoadBench;

/// <summary>A bot server the benchmark starts, watches through /proc and stops; keeps its last output lines for failures.</summary>
public sealed partial class ServerProcess : IDisposable
{
    private const int Sigterm = 15;
    private const int KeptLines = 40;

    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private ServerProcess(Process process, long startedAt)
    {
        this.process = process;
        StartedAt = startedAt;
    }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public static ServerProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        var server = new ServerProcess(process, startedAt);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public string LastOutput()
    {
        lock (lastLines)
        {
            return string.Join(Environment.NewLine, lastLines);
        }
    }

    /// <summary>Resident memory now and its peak (VmRSS, VmHWM) in bytes; zero once the process is gone.</summary>
    public (long Rss, long Hwm) Memory()
    {
        try
        {
            long rss = 0, hwm = 0;
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    hwm = Kilobytes(line);
                }
            }
            return (rss, hwm);
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>SIGTERM so the server shuts down as it would in production; killed if it does not within 10 s.</summary>
    public void Stop()
    {
        if (process.HasExited)
        {
            return;
        }
        _ = Kill(process.Id, Sigterm);
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            while (lastLines.Count > KeptLines)
            {
                lastLines.Dequeue();
            }
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    private static readonly long ClockTicksPerSecond = SysConf(ScClkTck) is var ticks and > 0 ? ticks : 100;

    private const int ScClkTck = 2;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);
}
