using System.Globalization;
using System.Text.Json;

namespace TipBot.LoadBench.Soak;

/// <summary>The soak's figures for people (stdout), and one JSON line for tools.</summary>
public static class SoakReport
{
    private const double MB = 1024 * 1024;

    public static void Print(SoakOptions options, SoakTally tally, MemorySampler memory, TimeSpan elapsed, TimeSpan drain, int stored,
        IReadOnlyList<string> findings, FakeChannel channel)
    {
        var requests = tally.Requests();
        Console.WriteLine();
        Console.WriteLine($"soak: {options.Conversations} conversations, {elapsed.TotalSeconds:F0} s, two instances on PostgreSQL; load average {Report.LoadAverage()}, {Environment.ProcessorCount} processors");
        Console.WriteLine($"requests: {requests} ({requests / elapsed.TotalSeconds:F0}/s), instance 0: {tally.PerInstance[0]}, instance 1: {tally.PerInstance[1]}; errors: {tally.Errors}");
        Console.WriteLine($"questions answered: {tally.QuestionsAnswered} ({tally.Tips} with tips); intakes confirmed: {tally.Intakes.Count}, stored: {stored}, " +
            $"cut off by the clock: {tally.Abandoned}; claims: {tally.Claims.Count}");
        Console.WriteLine($"channel: {channel.CardPosts.Values.Sum()} cards, {channel.CardUpdates.Values.Sum()} card updates, {channel.RequesterNotices.Values.Sum()} requester notices; outbox drained {drain.TotalSeconds:F1} s after the load");
        Console.WriteLine();
        Console.WriteLine("| requests | count | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var kind in new SoakRequestKind?[] { null, SoakRequestKind.Question, SoakRequestKind.IntakeTurn, SoakRequestKind.Claim })
        {
            Console.WriteLine($"| {kind?.ToString() ?? "all"} | {tally.Requests(kind)} | {F(tally.Percentile(0.50, kind))} | {F(tally.Percentile(0.95, kind))} | " +
                $"{F(tally.Percentile(0.99, kind))} | {F(tally.Percentile(1.0, kind))} |");
        }
        Console.WriteLine();
        Console.WriteLine("| instance | RSS first MB | after a fifth MB | last MB | max MB | samples |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < 2; i++)
        {
            var m = memory.Summary(i);
            Console.WriteLine($"| {i} | {m.First / MB:F0} | {m.AfterWarmup / MB:F0} | {m.Last / MB:F0} | {m.Max / MB:F0} | {m.Count} |");
        }
        Console.WriteLine();
        foreach (var error in tally.ErrorSamples)
        {
            Console.WriteLine($"error: {error}");
        }
        foreach (var finding in findings.Take(30))
        {
            Console.WriteLine($"finding: {finding}");
        }
        if (findings.Count > 30)
        {
            Console.WriteLine($"... and {findings.Count - 30} more findings");
        }
        Console.WriteLine(findings.Count == 0 && tally.Errors == 0 ? "lost: nothing" : $"NOT CLEAN: {tally.Errors} errors, {findings.Count} findings");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            options.Conversations,
            seconds = Math.Round(elapsed.TotalSeconds, 1),
            requests,
            errors = tally.Errors,
            questions = tally.QuestionsAnswered,
            intakes = tally.Intakes.Count,
            stored,
            claims = tally.Claims.Count,
            p50 = Math.Round(tally.Percentile(0.50), 1),
            p99 = Math.Round(tally.Percentile(0.99), 1),
            max = Math.Round(tally.Percentile(1.0), 1),
            rssMb = Enumerable.Range(0, 2).Select(i => memory.Summary(i)).Select(m => new[] { m.First, m.AfterWarmup, m.Last, m.Max }.Select(b => Math.Round(b / MB)).ToArray()),
            findings = findings.Count,
        }));
    }

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
