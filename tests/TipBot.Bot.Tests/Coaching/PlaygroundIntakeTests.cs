using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// The whole coaching intake through Microsoft's Teams emulation, the Microsoft 365 Agents Playground, headless:
/// the real bot (TipBot.Bot.dll, SQLite storage) with the coaches' channel set to a channel of the playground's own
/// team, so the request card goes through the playground's Connector too. tests/peers/playground-intake.js plays the
/// requester (buttons pressed as the playground sends them, the rest typed) and a coach who presses "Oppakken".
/// </summary>
public partial class PlaygroundIntakeTests
{
    private const string AdminKey = "playground-admin-key";
    private const string CoachesChannel = "channel-announcements-id";
    private const string Coach = "user-id-1";

    private static readonly TextCatalog Texts = TextCatalog.LoadEmbedded();

    // The playground's user writes in en-US; the request card in the coaches' channel is in Dutch (Coaching:CoachesLocale).
    private static readonly (JsonObject Answer, string[] ExpectedKeys)[] Script =
    [
        (Say("ik wil een coach"), ["intake.start", "intake.organisationType.question"]),
        (Press("Municipality"), ["intake.organisationName.question"]),
        (Say("Gemeente Utrecht"), ["intake.question.question"]),
        (Say("How do we deal with angry residents on the phone in our team?"), ["intake.suggestions.question"]),
        (Press("Yes"), ["intake.phase.question"]),
        (Press("Making a plan"), ["intake.helpForm.question"]),
        (Press("Workshop"), ["intake.workshopTopic.question"]),
        (Say("design thinking"), ["intake.participants.question"]),
        (Say("12"), ["intake.participants.tooMany", "intake.participants.question"]),
        (Say("6"), ["intake.commitment.question"]),
        (Press("Yes"), ["intake.contactName.question"]),
        (Say("Alex Wilber"), ["intake.email.question"]),
        (Say("alex@utrecht"), ["intake.email.hint", "intake.email.question"]),
        (Say("alex.wilber@utrecht.nl"), ["intake.phone.question"]),
        (Say("skip"), ["intake.summary.question"]),
        (new JsonObject { ["submit"] = new JsonObject { ["choice"] = "klopt" }, ["expect"] = Before("intake.submitted", "**") }, []),
        (new JsonObject { ["execute"] = "claim", ["as"] = Coach, ["expect"] = Before("coaching.notify.claimed", "**", "Megan Bowen") }, []),
    ];

    [Fact]
    public async Task AUserCompletesTheIntakeInTheAgentsPlaygroundAndACoachTakesTheStoredRequest()
    {
        var peers = Path.Combine(RepositoryRoot.Path, "tests", "peers");
        var data = Directory.CreateTempSubdirectory("tipbot-playground-intake-");
        var botPort = PeerProcess.FreePort();
        var playgroundPort = PeerProcess.FreePort();
        var botUrl = $"http://127.0.0.1:{botPort}";
        var playgroundUrl = $"http://127.0.0.1:{playgroundPort}";
        using var bot = PeerProcess.Start(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "TipBot.Bot.dll"),
                "--urls", botUrl,
                "--Knowledge:Path", Path.Combine(RepositoryRoot.Path, "knowledge"),
                "--Storage:Provider", "Sqlite",
                "--Storage:Sqlite:Path", Path.Combine(data.FullName, "tipbot.db"),
                "--Admin:ApiKey", AdminKey,
                "--Coaching:Channel:ServiceUrl", playgroundUrl + "/_connector",
                "--Coaching:Channel:ConversationId", CoachesChannel,
            ],
            AppContext.BaseDirectory,
            new Dictionary<string, string> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        await bot.WaitForHttpAsync(botUrl + "/healthz", TimeSpan.FromSeconds(60));

        using var playground = PeerProcess.Start(
            "node",
            [
                Path.Combine(peers, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
                "-e", botUrl + "/api/messages",
                "-c", "msteams",
                "-p", playgroundPort.ToString(CultureInfo.InvariantCulture),
                "--dt",
            ],
            data.FullName,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await playground.WaitForHttpAsync(playgroundUrl + "/_internal/v1/config", TimeSpan.FromSeconds(60));

        // Each step goes on once its last expected message is there: a loaded machine may pause between the bot's messages.
        var answers = new JsonArray(Script.Select(s =>
        {
            var answer = s.Answer.DeepClone().AsObject();
            if (s.ExpectedKeys.Length > 0)
            {
                answer["expect"] = Texts.Get("en", s.ExpectedKeys[^1], 8);
            }
            return (JsonNode)answer;
        }).ToArray());
        using var user = PeerProcess.Start(
            "node",
            ["--experimental-websocket", "playground-intake.js", playgroundPort.ToString(CultureInfo.InvariantCulture), answers.ToJsonString()],
            peers);
        var exitCode = await user.WaitForExitAsync(TimeSpan.FromSeconds(240));
        var diagnostics = $"user:\n{user.Output}\nbot:\n{bot.Output}\nplayground:\n{playground.Output}";
        Assert.True(exitCode == 0, diagnostics);
        var turns = JsonNode.Parse(user.Output.Trim().Split('\n').Last())!["turns"]!.AsArray();
        Assert.Equal(Script.Length, turns.Count);

        // Every step asked what it should, in the user's language, and bad answers were re-asked with a hint.
        for (var i = 0; i < Script.Length; i++)
        {
            var said = string.Join("\n", turns[i]!["replies"]!.AsArray().Select(m => (string?)m!["text"]));
            foreach (var key in Script[i].ExpectedKeys)
            {
                Assert.Contains(Texts.Get("en", key, 8), said, StringComparison.Ordinal);
            }
        }
        Assert.Contains(turns, t => (string?)t!["how"] == "pressed");

        // "Klopt" on the summary card: a reference number for the requester, and the request card in the coaches' channel.
        var confirmed = turns[^2]!["replies"]!.AsArray();
        Assert.Equal("submitted", (string?)turns[^2]!["how"]);
        var thanks = confirmed.Select(m => (string?)m!["text"]).First(t => t is not null && t.StartsWith("Thank you!", StringComparison.Ordinal))!;
        var reference = ReferenceShape().Match(thanks).Value;
        Assert.False(string.IsNullOrEmpty(reference), thanks);
        // The card comes from the outbox: with the thanks, or while the coach's step waits for it.
        var requestCard = confirmed.Concat(turns[^1]!["replies"]!.AsArray())
            .Single(m => ((string?)m!["postConversationId"])?.StartsWith(CoachesChannel, StringComparison.Ordinal) == true)!;
        Assert.Contains(reference, requestCard["attachments"]!.ToJsonString(), StringComparison.Ordinal);

        // The coach's "Oppakken": the card answered in place, the posted card updated, the requester told who it is.
        var claim = turns[^1]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)claim["invokeResponse"]!["type"]);
        Assert.Contains("Megan Bowen", claim["invokeResponse"]!["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(claim["replies"]!.AsArray(), m => (string?)m!["text"] == Texts.Get("en", "coaching.notify.claimed", "Megan Bowen", reference));
        Assert.Contains(claim["updates"]!.AsArray(), m => (string?)m!["messageId"] == (string?)requestCard["messageId"]
            && m!["attachments"]!.ToJsonString().Contains("Megan Bowen", StringComparison.Ordinal));

        // The operator sees the stored request, its answers and that every notification was delivered.
        var stored = await StoredRequestAsync(botUrl, reference);
        Assert.Equal("Gemeente Utrecht", (string?)stored["request"]!["organisationName"]);
        Assert.Equal("workshop", (string?)stored["request"]!["helpForm"]);
        Assert.Equal(6, (int?)stored["request"]!["participants"]);
        Assert.Equal("alex.wilber@utrecht.nl", (string?)stored["request"]!["email"]);
        Assert.Equal("claimed", (string?)stored["request"]!["status"]);
        Assert.Equal("Megan Bowen", (string?)stored["request"]!["coachName"]);
        Assert.Equal((string?)requestCard["messageId"], (string?)stored["request"]!["cardActivityId"]);
        Assert.All(stored["deliveries"]!.AsArray(), d => Assert.Equal("delivered", (string?)d!["state"]));

        var summaryCard = turns[^3]!["replies"]!.AsArray().SelectMany(m => m!["attachments"]!.AsArray()).Select(a => a!["content"]!.ToJsonString());
        var validation = AdaptiveCardValidator.Validate(summaryCard
            .Append(requestCard["attachments"]![0]!["content"]!.ToJsonString())
            .Append(claim["invokeResponse"]!["value"]!.ToJsonString()));
        Assert.True(validation.ExitCode == 0, validation.Output);
    }

    private static JsonObject Press(string title) => new() { ["press"] = title };

    private static JsonObject Say(string text) => new() { ["say"] = text };

    /// <summary>The start of a text, up to <paramref name="marker"/> (where the reference number goes).</summary>
    private static string Before(string key, string marker, params object[] args) =>
        Texts.Get("en", key, [.. args, "REF"]).Split(marker)[0];

    /// <summary>The request from GET /api/coaching/requests once its notifications are delivered (the outbox runs in the background).</summary>
    private static async Task<JsonNode> StoredRequestAsync(string botUrl, string reference)
    {
        using var http = new HttpClient();
        var unauthorised = await http.GetAsync(botUrl + "/api/coaching/requests");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        http.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var list = JsonNode.Parse(await http.GetStringAsync(botUrl + "/api/coaching/requests"))!.AsArray();
            var stored = Assert.Single(list, r => (string?)r!["request"]!["reference"] == reference)!;
            if (stored["deliveries"]!.AsArray().All(d => (string?)d!["state"] == "delivered") || DateTime.UtcNow > deadline)
            {
                return stored;
            }
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"C-[A-Z0-9]{4,}")]
    private static partial Regex ReferenceShape();
}
