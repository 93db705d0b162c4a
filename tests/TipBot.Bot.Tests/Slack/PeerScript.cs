using System.Diagnostics;
using TipBot.Bot.Tests.Conversation;

namespace TipBot.Bot.Tests.Slack;

/// <summary>Runs a script in tests/peers with node, JSON on stdin, and returns its exit code and output.</summary>
internal static class PeerScript
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string script, string input, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "tests", "peers"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException(script + " did not finish");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
