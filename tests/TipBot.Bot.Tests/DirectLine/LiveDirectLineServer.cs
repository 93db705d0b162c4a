using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TipBot.Bot.Tests.DirectLine;

/// <summary>
/// The real app on a real loopback port (WebApplicationFactory's in-memory server has no socket, and node and
/// Chromium need one), optionally with the predictable test bot instead of TipBot's own.
/// </summary>
internal sealed class LiveDirectLineServer : IDisposable
{
    private readonly DirectLineTestHost _host;

    public LiveDirectLineServer(bool useTestBot)
    {
        _host = new DirectLineTestHost(useTestBot: useTestBot);
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        BaseUrl = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public DirectLineTestBot Bot => _host.Bot;

    public void Dispose() => _host.Dispose();

    /// <summary>The repository root, found from the test binaries (scripts and peers live relative to it).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TipBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TipBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs node with a script from tests/peers; returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(string script, params string[] arguments)
    {
        var peers = Path.Combine(RepoRoot(), "tests", "peers");
        var start = new ProcessStartInfo("node") { WorkingDirectory = peers, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--experimental-websocket");
        start.ArgumentList.Add(Path.Combine(peers, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 60 s: {await error}");
        }
        return (process.ExitCode, await output, await error);
    }
}
