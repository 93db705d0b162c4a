using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace TipBot.Indexer.Cli.Bench;

/// <summary>Runs one bench stage in a fresh process of this tool, so each stage's peak memory is its own.</summary>
public static class WorkerProcess
{
    public static StageResult Run(string engine, int documents, string? knowledge, TextWriter log)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Started as `dotnet tipbot-indexer.dll`, the host needs the assembly again; the apphost does not.
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var arg in new[] { "bench", "--worker", engine, "--docs", documents.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (knowledge is not null)
        {
            start.ArgumentList.Add("--knowledge");
            start.ArgumentList.Add(knowledge);
        }

        log.WriteLine($"[bench] {engine} with {documents} documents (separate process)");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a bench worker");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"bench worker {engine} {documents} failed with exit code {process.ExitCode}");
        return JsonSerializer.Deserialize<StageResult>(output, BenchJson.Options)
            ?? throw new InvalidOperationException("bench worker printed no result");
    }
}
