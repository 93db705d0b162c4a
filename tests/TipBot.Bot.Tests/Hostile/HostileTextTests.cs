using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Slack;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.DirectLine;
using TipBot.Bot.Tests.Slack;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Hostile;

/// <summary>
/// Markup, links and mentions typed by a requester come back in the intake summary as text, never as markup:
/// through Direct Line (the web page's channel, Adaptive Cards) and through Slack (Block Kit).
/// </summary>
public sealed class HostileTextTests
{
    private const int MaxTurns = 20;

    [Fact]
    public async Task WebChatShowsTypedMarkupAsTextInTheSummaryCard()
    {
        using var host = new DirectLineTestHost(new() { ["RateLimiting:Enabled"] = "false" }, useTestBot: false);
        var client = host.CreateClient();
        var texts = host.Services.GetRequiredService<TextCatalog>();
        var (id, token) = await DirectLineHttp.StartAsync(client);
        var summaryTitle = texts.Get("nl-NL", "intake.summary.title");

        var watermark = (string?)null;
        var answer = "coach";
        JsonNode? summary = null;
        for (var turn = 0; turn < MaxTurns && summary is null; turn++)
        {
            var (status, _) = await DirectLineHttp.PostActivityAsync(client, id, token, DirectLineHttp.Message(answer, "c" + turn));
            Assert.Equal(HttpStatusCode.OK, status);
            var set = await DirectLineHttp.GetActivitiesAsync(client, id, token, watermark);
            watermark = (string?)set["watermark"];
            var fromBot = DirectLineHttp.Activities(set).Where(a => (string?)a["from"]?["role"] != "user").ToList();
            var botText = string.Join("\n", fromBot.Select(a => a.ToJsonString()));
            summary = fromBot.SelectMany(a => a["attachments"]?.AsArray() ?? []).FirstOrDefault(c => c!.ToJsonString().Contains(summaryTitle, StringComparison.Ordinal));
            answer = HostileAnswers.For(botText, texts, "nl-NL") ?? "";
            Assert.True(summary is not null || answer.Length > 0, "the bot asked nothing the script knows:\n" + botText);
        }
        Assert.NotNull(summary);

        var card = summary!["content"]!;
        var facts = card.AsObject()["body"]!.AsArray().First(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray().Select(f => (string)f!["value"]!).ToList();
        var organisation = Assert.Single(facts, f => f.Contains("alert(1)</script>", StringComparison.Ordinal));
        Assert.Contains(@"\*bold\*", organisation);
        var question = Assert.Single(facts, f => f.Contains("javascript:", StringComparison.Ordinal));
        Assert.Contains(@"\[klik hier\](javascript:alert(1))", question);
        Assert.Contains(@"\_onze\_", question);
        var contact = Assert.Single(facts, f => f.Contains("onerror", StringComparison.Ordinal));
        Assert.Contains(@"\~van\~ \`Wijk\`", contact);
        var validation = AdaptiveCardValidator.Validate([card.ToJsonString()]);
        Assert.True(validation.ExitCode == 0, validation.Output);
    }

    [Fact]
    public async Task SlackShowsTypedMentionsAndMarkupAsTextInTheSummary()
    {
        const string channel = "D0HOSTILE";
        await using var host = new SlackTestHost();
        var texts = host.Services.GetRequiredService<TextCatalog>();
        var summaryTitle = texts.Get("nl-NL", "intake.summary.title");
        var seen = 0;
        var answer = "/coach";
        JsonObject? summary = null;
        for (var turn = 0; turn < MaxTurns && summary is null; turn++)
        {
            var response = turn == 0
                ? await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/coach", "", channel: channel), "application/x-www-form-urlencoded")
                : await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage($"Ev0HOSTILE{turn}", channel, $"1700003{turn:D3}.000100", AsSlackSendsIt(answer)), "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // A turn may post several messages (a greeting, then the question): wait for the one that asks something.
            var botText = "";
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                var fresh = host.Slack.Posts.Where(p => (string?)p.Body["channel"] == channel).Skip(seen).Select(p => p.Body).ToList();
                botText = string.Join("\n", fresh.SelectMany(Strings)).Replace("\u2217", "*", StringComparison.Ordinal);
                summary = fresh.FirstOrDefault(p => Strings(p).Any(t => t.Contains(summaryTitle, StringComparison.Ordinal)));
                answer = HostileAnswers.For(botText, texts, "nl-NL") ?? "";
                if (summary is not null || answer.Length > 0)
                {
                    seen += fresh.Count;
                    break;
                }
                await Task.Delay(50);
            }
            Assert.True(summary is not null || answer.Length > 0, "the bot asked nothing the script knows:\n" + botText);
        }
        Assert.NotNull(summary);

        // The strings Slack receives, not their JSON encoding (which would hide '<' as \u003C).
        var blocks = string.Join("\n", Strings(summary!["blocks"]!));
        // Slack would notify, link or format these; escaped, they show as typed.
        foreach (var raw in new[] { "<!channel>", "<!here>", "<@U0ADMIN>", "<script>", "<img", "*bold*", "_onze_", "~van~", "`Wijk`" })
        {
            Assert.DoesNotContain(raw, blocks);
        }
        Assert.Contains("&lt;!channel&gt;", blocks);
        Assert.Contains("&lt;@U0ADMIN&gt;", blocks);
        Assert.Contains("javascript:alert(1)", blocks);
        Assert.DoesNotContain("<javascript", blocks);
        await BlockKitChecker.AssertValidAsync([summary]);
    }

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Strings(p.Value)),
        JsonArray a => a.SelectMany(c => c is null ? [] : Strings(c)),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    /// <summary>Slack encodes what a user typed: "&lt;" and "&gt;" as entities; real mentions would arrive as &lt;@U..&gt; markup instead.</summary>
    private static string AsSlackSendsIt(string typed) =>
        typed.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
