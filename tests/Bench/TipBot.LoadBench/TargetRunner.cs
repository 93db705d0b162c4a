using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TipBot.LoadBench;

/// <summary>Everything measured for one target in one run.</summary>
public sealed record TargetResult(
    string Target,
    string? Storage,
    double StartupSeconds,
    LoadResult Load,
    long RssPeakUnderLoad,
    long RssMeanUnderLoad,
    long VmHwm,
    double CpuMsPerRequest,
    IReadOnlyList<string> ErrorSamples);

/// <summary>Starts a target, times its first correct answer, warms it up, measures it under load, stops it.</summary>
public sealed class TargetRunner(BenchOptions options, QuestionSet questions)
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    public async Task<TargetResult> RunAsync(Target target, CancellationToken cancellationToken)
    {
        var port = FreePort();
        using var client = NewClient(options.Concurrency);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var scripts = Enumerable.Range(0, options.Concurrency).Select(c => questions.Script(runId, c)).ToList();
        var load = new LoadRun(client, target.MessagesUrl(port), target.Check, scripts);

        using var server = ServerProcess.Start(target.FileName, target.Arguments(port), target.WorkingDirectory, target.Environment);
        try
        {
            var startup = await FirstAnswerAsync(server, load, target, runId, cancellationToken);
            Console.Error.WriteLine($"  {target.Label}: first answer after {startup:F2} s; warming up {options.Warmup.TotalSeconds:F0} s");
            if (options.Warmup > TimeSpan.Zero)
            {
                await load.RunAsync(options.Warmup, cancellationToken);
            }

            Console.Error.WriteLine($"  {target.Label}: measuring {options.Duration.TotalSeconds:F0} s with {options.Concurrency} conversations");
            var cpuBefore = server.CpuTime();
            using var sampling = new CancellationTokenSource();
            var sampler = SampleMemoryAsync(server, sampling.Token);
            var result = await load.RunAsync(options.Duration, cancellationToken);
            var cpu = server.CpuTime() - cpuBefore;
            await sampling.CancelAsync();
            var (peak, mean) = await sampler;
            var (_, hwm) = server.Memory();
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{target.Label} exited during the run:{Environment.NewLine}{server.LastOutput()}");
            }
            return new TargetResult(target.Name, target.Storage, startup, result, peak, mean, hwm,
                result.Requests == 0 ? 0 : cpu.TotalMilliseconds / result.Requests, load.ErrorSamples);
        }
        finally
        {
            server.Stop();
        }
    }

    /// <summary>Seconds from process start to the first 200 with the reply the target owes (for TipBot: a tip card).</summary>
    private static async Task<double> FirstAnswerAsync(ServerProcess server, LoadRun load, Target target, string runId, CancellationToken cancellationToken)
    {
        var body = QuestionSet.Body(runId, -1, 0, Target.ProbeQuestion);
        string? lastError = null;
        while (Stopwatch.GetElapsedTime(server.StartedAt) < StartupTimeout)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{target.Label} exited while starting:{Environment.NewLine}{server.LastOutput()}");
            }
            try
            {
                var (kind, error) = await load.AskAsync(body, Target.ProbeQuestion, cancellationToken);
                if (kind == target.FirstAnswer)
                {
                    return Stopwatch.GetElapsedTime(server.StartedAt).TotalSeconds;
                }
                lastError = error ?? $"a {kind} reply instead of {target.FirstAnswer}";
            }
            catch (HttpRequestException e)
            {
                lastError = e.Message;
            }
            await Task.Delay(10, cancellationToken);
        }
        throw new InvalidOperationException(
            $"{target.Label} gave no correct answer within {StartupTimeout.TotalSeconds} s (last: {lastError}):{Environment.NewLine}{server.LastOutput()}");
    }

    private static async Task<(long Peak, long Mean)> SampleMemoryAsync(ServerProcess server, CancellationToken stop)
    {
        long peak = 0, sum = 0, samples = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            do
            {
                var (rss, _) = server.Memory();
                peak = Math.Max(peak, rss);
                sum += rss;
                samples++;
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
        }
        return (peak, samples == 0 ? 0 : sum / samples);
    }

    /// <summary>A pooled HTTP/1.1 client with one connection per conversation, no proxy, no decompression.</summary>
    private static HttpClient NewClient(int concurrency) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
