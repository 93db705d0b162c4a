using System.Collections.Concurrent;
using System.Diagnostics;

namespace TipBot.LoadBench.Soak;

/// <summary>What a request was for, for the latency table.</summary>
public enum SoakRequestKind
{
    Question,
    IntakeTurn,
    Claim,
}

/// <summary>An intake the soak saw confirmed: the reference the bot gave and who sent it.</summary>
public sealed record CompletedIntake(string Reference, int Conversation, string Organisation, string Email);

/// <summary>A card a coach claimed, and the coach the bot said claimed it.</summary>
public sealed record ClaimedRequest(string Reference, string RequestId, string CardActivityId, string Coach);

/// <summary>Everything the soak's clients counted: requests, latencies per kind, errors with samples, completed work.</summary>
public sealed class SoakTally
{
    private const int KeptErrors = 10;

    private readonly ConcurrentDictionary<SoakRequestKind, ConcurrentQueue<long>> latencies = new();
    private readonly List<string> errorSamples = [];
    private int errors;
    private int questionsAnswered;
    private int tips;
    private int abandoned;
    private readonly int[] perInstance = new int[2];

    public ConcurrentQueue<CompletedIntake> Intakes { get; } = new();

    public ConcurrentQueue<ClaimedRequest> Claims { get; } = new();

    public int Errors => Volatile.Read(ref errors);

    public int QuestionsAnswered => Volatile.Read(ref questionsAnswered);

    public int Tips => Volatile.Read(ref tips);

    /// <summary>Intakes still running when the clock ran out: never confirmed, so nothing is owed for them.</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    public IReadOnlyList<int> PerInstance => perInstance;

    public IReadOnlyList<string> ErrorSamples
    {
        get
        {
            lock (errorSamples)
            {
                return errorSamples.ToList();
            }
        }
    }

    public void Sent(SoakRequestKind kind, int instance, long ticks)
    {
        latencies.GetOrAdd(kind, _ => new ConcurrentQueue<long>()).Enqueue(ticks);
        Interlocked.Increment(ref perInstance[instance]);
    }

    public void Answered(bool tip)
    {
        Interlocked.Increment(ref questionsAnswered);
        if (tip)
        {
            Interlocked.Increment(ref tips);
        }
    }

    public void Abandon() => Interlocked.Increment(ref abandoned);

    public void Error(string error)
    {
        Interlocked.Increment(ref errors);
        lock (errorSamples)
        {
            if (errorSamples.Count < KeptErrors)
            {
                errorSamples.Add(error);
            }
        }
    }

    public int Requests(SoakRequestKind? kind = null) =>
        kind is { } k ? (latencies.TryGetValue(k, out var q) ? q.Count : 0) : latencies.Values.Sum(q => q.Count);

    /// <summary>Nearest-rank percentile in milliseconds over one kind, or over all requests.</summary>
    public double Percentile(double p, SoakRequestKind? kind = null)
    {
        var all = (kind is { } k ? (latencies.TryGetValue(k, out var q) ? q.ToArray() : []) : latencies.Values.SelectMany(v => v).ToArray());
        if (all.Length == 0)
        {
            return 0;
        }
        Array.Sort(all);
        return all[Math.Clamp((int)Math.Ceiling(p * all.Length) - 1, 0, all.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
