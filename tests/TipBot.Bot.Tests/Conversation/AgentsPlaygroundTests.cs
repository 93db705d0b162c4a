using System.Text.Json.Nodes;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>
/// The real bot (TipBot.Bot.dll on a free port) talking to Microsoft's own Teams emulation, the Microsoft 365
/// Agents Playground, headless; tests/peers/playground-chat.js plays the user through the playground's API.
/// </summary>
public class AgentsPlaygroundTests
{
    private const string Question = "hoe ga ik om met boze bellers?";

    [Fact]
    public async Task InTheAgentsPlaygroundTheBotWelcomesAnswersWithTipCardsAndTakesFeedback()
    {
        var peers = Path.Combine(RepositoryRoot.Path, "tests", "peers");
        var botPort = PeerProcess.FreePort();
        var botUrl = $"http://127.0.0.1:{botPort}";
        using var bot = PeerProcess.Start(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "TipBot.Bot.dll"),
                "--urls", botUrl,
                "--Knowledge:Path", Path.Combine(RepositoryRoot.Path, "knowledge"),
                "--Storage:Provider", "Memory",
            ],
            AppContext.BaseDirectory,
            new Dictionary<string, string> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        await bot.WaitForHttpAsync(botUrl + "/healthz", TimeSpan.FromSeconds(60));

        var playgroundPort = PeerProcess.FreePort();
        // The playground writes a devTools/ folder where it runs: keep that out of the checkout.
        var scratch = Directory.CreateTempSubdirectory("tipbot-playground-");
        using var playground = PeerProcess.Start(
            "node",
            [
                Path.Combine(peers, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
                "-e", botUrl + "/api/messages",
                "-c", "msteams",
                "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--dt",
            ],
            scratch.FullName,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await playground.WaitForHttpAsync($"http://127.0.0.1:{playgroundPort}/_internal/v1/config", TimeSpan.FromSeconds(60));

        using var user = PeerProcess.Start(
            "node",
            ["--experimental-websocket", "playground-chat.js", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Question],
            peers);
        var exitCode = await user.WaitForExitAsync(TimeSpan.FromSeconds(90));
        var diagnostics = $"user:\n{user.Output}\nbot:\n{bot.Output}\nplayground:\n{playground.Output}";
        Assert.True(exitCode == 0, diagnostics);

        var transcript = JsonNode.Parse(user.Output.Trim().Split('\n').Last())!;

        // The install event carries no locale, so the welcome is in Dutch; the user's messages say en-US.
        var welcomeCards = Cards(transcript["welcome"]!);
        Assert.Contains(welcomeCards, c => c.ToJsonString().Contains("Hoi, ik ben TipBot!", StringComparison.Ordinal));
        Assert.Contains(transcript["answer"]!.AsArray(), m => (string?)m!["text"] == "Here is what I found for you:");

        var tipCards = Cards(transcript["answer"]!).Where(c => c.ToJsonString().Contains("\"verb\":\"feedback\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, tipCards.Count);
        Assert.Contains(tipCards, c => c.ToJsonString().Contains("boze", StringComparison.OrdinalIgnoreCase));

        // Action.Execute answered with the updated card, which the playground puts in place of the old one.
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)transcript["feedback"]!["type"]);
        var thanked = transcript["feedback"]!["value"]!;
        Assert.Contains("Thank you for your feedback", thanked.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"verb\":\"feedback\"", thanked.ToJsonString(), StringComparison.Ordinal);

        var search = transcript["search"]!["composeExtension"]!;
        Assert.Equal("result", (string?)search["type"]);
        var attachments = search["attachments"]!.AsArray();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a => Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a!["preview"]!["contentType"]));

        var validation = AdaptiveCardValidator.Validate(welcomeCards.Concat(tipCards).Append(thanked).Select(c => c.ToJsonString()));
        Assert.True(validation.ExitCode == 0, validation.Output);
    }

    private static List<JsonNode> Cards(JsonNode messages) =>
        messages.AsArray()
            .SelectMany(m => m!["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!)
            .ToList();
}
