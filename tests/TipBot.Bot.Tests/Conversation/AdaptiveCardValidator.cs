using System.Diagnostics;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Runs Microsoft's `adaptivecards` library (tests/peers/validate-card.js) over cards the bot produced.</summary>
internal static class AdaptiveCardValidator
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Validate(IEnumerable<string> cardsJson)
    {
        var peers = Path.Combine(RepositoryRoot.Path, "tests", "peers");
        var start = new ProcessStartInfo("node", ["validate-card.js"])
        {
            WorkingDirectory = peers,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Write("[" + string.Join(",", cardsJson) + "]");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException("validate-card.js did not finish");
        }
        return new Result(process.ExitCode, output.Result + error.Result);
    }
}
