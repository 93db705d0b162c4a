using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TipBot.LoadBench;

/// <summary>The table for people, the target verdicts from issue 8, and one JSON line for tools.</summary>
public static class Report
{
    private const double MB = 1024 * 1024;

    public static string Table(IReadOnlyList<TargetResult> results)
    {
        var rows = new List<string[]>
        {
            new[] { "target", "answered/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests", "errors", "tips", "no-answer", "RSS peak MB", "RSS mean MB", "VmHWM MB", "CPU ms/req", "first answer s" },
        };
        foreach (var r in results)
        {
            rows.Add(
            [
                r.Storage is null ? r.Target : $"{r.Target} ({r.Storage})",
                F(r.Load.AnsweredPerSecond, 0), F(r.Load.P50Ms, 1), F(r.Load.P95Ms, 1), F(r.Load.P99Ms, 1), F(r.Load.MaxMs, 1),
                r.Load.Requests.ToString(CultureInfo.InvariantCulture), r.Load.Errors.ToString(CultureInfo.InvariantCulture),
                r.Load.Tips.ToString(CultureInfo.InvariantCulture), r.Load.NoAnswers.ToString(CultureInfo.InvariantCulture),
                F(r.RssPeakUnderLoad / MB, 0), F(r.RssMeanUnderLoad / MB, 0), F(r.VmHwm / MB, 0), F(r.CpuMsPerRequest, 2), F(r.StartupSeconds, 2),
            ]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |");
            if (row == rows[0])
            {
                text.AppendLine("|" + string.Join("|", widths.Select((w, c) => c == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
            }
        }
        return text.ToString();
    }

    /// <summary>Issue 8's targets, checked for each TipBot run against the echo bots measured in the same run.</summary>
    public static IReadOnlyList<string> Verdicts(IReadOnlyList<TargetResult> results)
    {
        var lines = new List<string>();
        var sdk = results.FirstOrDefault(r => r.Target == "sdk-echo");
        var js = results.FirstOrDefault(r => r.Target == "js-echo");
        foreach (var tip in results.Where(r => r.Target == "tipbot"))
        {
            var label = $"tipbot ({tip.Storage})";
            lines.Add(Verdict(label, ">= 1,000 answered/s", tip.Load.AnsweredPerSecond >= 1000, F(tip.Load.AnsweredPerSecond, 0)));
            lines.Add(Verdict(label, "p99 <= 50 ms", tip.Load.P99Ms <= 50, F(tip.Load.P99Ms, 1) + " ms"));
            lines.Add(Verdict(label, "no errors", tip.Load.Errors == 0, tip.Load.Errors.ToString(CultureInfo.InvariantCulture)));
            if (js is not null)
            {
                lines.Add(Verdict(label, ">= JS echo bot's throughput", tip.Load.AnsweredPerSecond >= js.Load.AnsweredPerSecond,
                    $"{F(tip.Load.AnsweredPerSecond, 0)} vs {F(js.Load.AnsweredPerSecond, 0)}"));
            }
            if (sdk is not null)
            {
                lines.Add(Verdict(label, ">= half the SDK echo bot's throughput", tip.Load.AnsweredPerSecond >= sdk.Load.AnsweredPerSecond / 2,
                    $"{F(tip.Load.AnsweredPerSecond, 0)} vs {F(sdk.Load.AnsweredPerSecond / 2, 0)}"));
            }
            lines.Add(Verdict(label, "first answer <= 3 s", tip.StartupSeconds <= 3, F(tip.StartupSeconds, 2) + " s"));
            lines.Add(Verdict(label, "resident memory <= 300 MB under load", Math.Max(tip.RssPeakUnderLoad, tip.VmHwm) <= 300 * MB,
                $"peak {F(tip.RssPeakUnderLoad / MB, 0)} MB, VmHWM {F(tip.VmHwm / MB, 0)} MB"));
        }
        return lines;
    }

    public static string Json(BenchOptions options, string loadBefore, string loadAfter, IReadOnlyList<TargetResult> results) =>
        JsonSerializer.Serialize(new
        {
            bench = "tipbot-load",
            at = DateTimeOffset.UtcNow,
            concurrency = options.Concurrency,
            warmupSeconds = options.Warmup.TotalSeconds,
            durationSeconds = options.Duration.TotalSeconds,
            processors = Environment.ProcessorCount,
            loadAverageBefore = loadBefore,
            loadAverageAfter = loadAfter,
            results = results.Select(r => new
            {
                target = r.Target,
                storage = r.Storage,
                answeredPerSecond = Math.Round(r.Load.AnsweredPerSecond, 1),
                p50Ms = Math.Round(r.Load.P50Ms, 2),
                p95Ms = Math.Round(r.Load.P95Ms, 2),
                p99Ms = Math.Round(r.Load.P99Ms, 2),
                maxMs = Math.Round(r.Load.MaxMs, 2),
                requests = r.Load.Requests,
                errors = r.Load.Errors,
                tips = r.Load.Tips,
                noAnswers = r.Load.NoAnswers,
                rssPeakBytes = r.RssPeakUnderLoad,
                rssMeanBytes = r.RssMeanUnderLoad,
                vmHwmBytes = r.VmHwm,
                cpuMsPerRequest = Math.Round(r.CpuMsPerRequest, 3),
                firstAnswerSeconds = Math.Round(r.StartupSeconds, 3),
            }),
        });

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Verdict(string label, string target, bool met, string value) =>
        $"{(met ? "MET " : "MISS")}  {label}: {target} ({value})";

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
