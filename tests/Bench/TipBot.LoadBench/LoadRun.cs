using System.Diagnostics;
using System.Net.Http.Headers;

namespace TipBot.LoadBench;

/// <summary>Drives one target: N conversations, each with one request in flight, for a fixed time; records every latency.</summary>
public sealed class LoadRun(HttpClient client, Uri url, ReplyCheck check, IReadOnlyList<ConversationScript> scripts)
{
    private const int KeptErrors = 5;

    private readonly int[] nextTurn = new int[scripts.Count];
    private readonly List<string> errorSamples = [];

    public IReadOnlyList<string> ErrorSamples => errorSamples;

    public async Task<LoadResult> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, scripts.Count).Select(w => Task.Run(() => WorkAsync(w, deadline, cancellationToken))).ToArray();
        var tallies = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return LoadResult.From(tallies, elapsed);
    }

    /// <summary>Sends one question and classifies the reply; used for the startup probe as well.</summary>
    public async Task<(ReplyKind Kind, string? Error)> AskAsync(byte[] body, string question, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request, cancellationToken);
        var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if ((int)response.StatusCode != 200)
        {
            return (ReplyKind.Wrong, $"HTTP {(int)response.StatusCode}: {Preview(reply)}");
        }
        var kind = check.Check(reply, question);
        return kind == ReplyKind.Wrong ? (kind, $"200 without the expected reply to '{question}': {Preview(reply)}") : (kind, null);
    }

    private async Task<WorkerTally> WorkAsync(int worker, long deadline, CancellationToken cancellationToken)
    {
        var script = scripts[worker];
        var tally = new WorkerTally();
        while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
        {
            var turn = nextTurn[worker]++ % script.Bodies.Length;
            var sent = Stopwatch.GetTimestamp();
            ReplyKind kind;
            string? error;
            try
            {
                (kind, error) = await AskAsync(script.Bodies[turn], script.Texts[turn], cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                (kind, error) = (ReplyKind.Wrong, $"{e.GetType().Name}: {e.Message}");
            }
            tally.Latencies.Add(Stopwatch.GetTimestamp() - sent);
            tally.Count(kind);
            if (error is not null)
            {
                KeepError(error);
            }
        }
        return tally;
    }

    private void KeepError(string error)
    {
        lock (errorSamples)
        {
            if (errorSamples.Count < KeptErrors)
            {
                errorSamples.Add(error);
            }
        }
    }

    private static string Preview(byte[] reply)
    {
        var text = System.Text.Encoding.UTF8.GetString(reply, 0, Math.Min(reply.Length, 300));
        return reply.Length > 300 ? text + "..." : text;
    }
}

/// <summary>One conversation's counts and latencies (Stopwatch ticks).</summary>
public sealed class WorkerTally
{
    public List<long> Latencies { get; } = new(capacity: 4096);

    public int Tips { get; private set; }

    public int NoAnswers { get; private set; }

    public int Echoes { get; private set; }

    public int Wrong { get; private set; }

    public void Count(ReplyKind kind)
    {
        switch (kind)
        {
            case ReplyKind.Tip: Tips++; break;
            case ReplyKind.NoAnswer: NoAnswers++; break;
            case ReplyKind.Echo: Echoes++; break;
            default: Wrong++; break;
        }
    }
}

/// <summary>A measured period: answered requests per second and the latency distribution of every request sent.</summary>
public sealed record LoadResult(
    TimeSpan Elapsed,
    int Requests,
    int Answered,
    int Tips,
    int NoAnswers,
    int Errors,
    double AnsweredPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs)
{
    public static LoadResult From(IReadOnlyList<WorkerTally> tallies, TimeSpan elapsed)
    {
        var latencies = tallies.SelectMany(t => t.Latencies).ToArray();
        Array.Sort(latencies);
        var tips = tallies.Sum(t => t.Tips);
        var noAnswers = tallies.Sum(t => t.NoAnswers);
        var answered = tips + noAnswers + tallies.Sum(t => t.Echoes);
        return new LoadResult(
            elapsed,
            latencies.Length,
            answered,
            tips,
            noAnswers,
            tallies.Sum(t => t.Wrong),
            answered / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : Milliseconds(latencies[^1]));
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
