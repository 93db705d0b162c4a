namespace TipBot.Indexer.Cli.Bench;

/// <summary>The numbers of one engine at one corpus size, as a worker process reports them.</summary>
public sealed record StageResult
{
    public required string Engine { get; init; }
    public required int Documents { get; init; }
    /// <summary>Parse the Markdown files and index them, seconds (the whole build a user runs).</summary>
    public double BuildSeconds { get; init; }
    public double BuildDocsPerSecond { get; init; }
    /// <summary>CPU time the process spent on the build (all threads): shows the cost when other work competes for the cores.</summary>
    public double BuildCpuSeconds { get; init; }
    /// <summary>Parsing the Markdown files alone (a separate pass before the build), and the build minus that.</summary>
    public double ParseSeconds { get; init; }
    public double IndexSeconds { get; init; }
    /// <summary>After the build, the wait for the index's background reads started at open (a warm searcher), seconds; 0 where there are none.</summary>
    public double WarmSeconds { get; init; }
    /// <summary>The same build again in the same (now warm) process, as the bot rebuilds on a library change; 0 where the engine has none.</summary>
    public double RebuildSeconds { get; init; }
    public double RebuildDocsPerSecond { get; init; }
    public double RebuildCpuSeconds { get; init; }
    public int Queries { get; init; }
    public double P50Ms { get; init; }
    public double P95Ms { get; init; }
    public double P99Ms { get; init; }
    public double MeanMs { get; init; }
    /// <summary>CPU time of the querying thread per query (Linux): less distorted than wall time on a busy machine.</summary>
    public double CpuP50Ms { get; init; }
    public double CpuP99Ms { get; init; }
    /// <summary>Share of the queries that returned at least one result.</summary>
    public double HitRate { get; init; }
    /// <summary>Garbage collections (any generation) that ran while the measured queries ran, how many of them were full (generation 2), and their summed pause, ms; 0 where the engine does not count them.</summary>
    public int QueryCollections { get; init; }
    public int QueryFullCollections { get; init; }
    public double QueryGcPauseMs { get; init; }
    /// <summary>One changed document: update, reopen, found by a search; median and worst of the repeats.</summary>
    public double NrtMedianMs { get; init; }
    public double NrtMaxMs { get; init; }
    public string NrtMethod { get; init; } = "";
    /// <summary>Peak resident memory of the worker process (VmHWM), corpus generation included.</summary>
    public long PeakBytes { get; init; }
    /// <summary>The machine's 1-minute load average when the stage ended (other processes compete for the same cores).</summary>
    public double LoadAverage { get; init; }

    /// <summary>The result from the raw measurements every engine's stage takes the same way.</summary>
    public static StageResult From(
        string engine, int documents, TimeSpan parse, TimeSpan build, TimeSpan buildCpu,
        Latency latency, int found, Latency nrt, string nrtMethod) => new()
    {
        Engine = engine,
        Documents = documents,
        BuildSeconds = build.TotalSeconds,
        BuildDocsPerSecond = documents / build.TotalSeconds,
        BuildCpuSeconds = buildCpu.TotalSeconds,
        ParseSeconds = parse.TotalSeconds,
        IndexSeconds = build.TotalSeconds - parse.TotalSeconds,
        Queries = latency.Count,
        P50Ms = latency.Percentile(0.50),
        P95Ms = latency.Percentile(0.95),
        P99Ms = latency.Percentile(0.99),
        MeanMs = latency.Mean,
        CpuP50Ms = latency.CpuPercentile(0.50),
        CpuP99Ms = latency.CpuPercentile(0.99),
        HitRate = (double)found / latency.Count,
        NrtMedianMs = nrt.Percentile(0.5),
        NrtMaxMs = nrt.Max,
        NrtMethod = nrtMethod,
        PeakBytes = PeakMemory.Bytes(),
        LoadAverage = PeakMemory.LoadAverage(),
    };
}
