using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Slack;
using TipBot.Bot.Texts;
using TipBot.Bot.Tests.Coaching;

namespace TipBot.Bot.Tests.Slack;

/// <summary>The coaching intake in Slack: started with /coach, its choices answered with Block Kit buttons, and the coach's proactive message delivered.</summary>
public class SlackIntakeTests
{
    private const string Channel = "D0INTAKE";

    [Fact]
    public async Task TheIntakeCompletesThroughBlockActions()
    {
        await using var host = new SlackTestHost();
        var texts = host.Services.GetRequiredService<TextCatalog>();
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/coach", "", channel: Channel), "application/x-www-form-urlencoded")).StatusCode);

        var seen = 0;
        var clicks = 0;
        var messages = new List<JsonObject>();
        var eventNumber = 0;
        var script = IntakeScripts.Conversations;
        for (var s = 0; s < script.Length; s++)
        {
            var step = script[s];
            var question = Plain(texts.Get("nl-NL", step.QuestionKey, step.Args));
            // Some steps depend on the library (suggestions only when tips fit): a later question means this one was skipped.
            var later = script.Skip(s + 1).Select(l => Plain(texts.Get("nl-NL", l.QuestionKey, l.Args))).ToList();
            var posts = await WaitForTextAsync(host, seen, [question, .. later]);
            if (!posts.Skip(seen).Any(p => Plain(AllText(p.Body)).Contains(question, StringComparison.Ordinal)))
            {
                continue;
            }
            seen = posts.Count;
            var prompt = posts.Last(p => Plain(AllText(p.Body)).Contains(question, StringComparison.Ordinal)).Body;
            messages.AddRange(posts.Select(p => p.Body));
            var buttons = SlackPayloads.Buttons(prompt).ToList();
            var button = step.Answer == "1" && buttons.Count > 0
                ? buttons[0]
                : buttons.FirstOrDefault(b => Label(b).Equals(step.Answer, StringComparison.OrdinalIgnoreCase)
                    || Label(b).Contains(step.Answer, StringComparison.OrdinalIgnoreCase)
                    || step.Answer.Contains(Label(b), StringComparison.OrdinalIgnoreCase));
            if (button is not null)
            {
                clicks++;
                var click = await host.PostSignedAsync(SlackEndpoints.Interactions, SlackPayloads.BlockAction(button, Channel, "1700001000.000100"), "application/x-www-form-urlencoded");
                Assert.Equal(HttpStatusCode.OK, click.StatusCode);
            }
            else
            {
                Assert.Empty(buttons);
                var ts = $"1700002{++eventNumber:D3}.000100";
                await host.PostSignedAsync(SlackEndpoints.Events, SlackPayloads.DirectMessage($"Ev0INTAKE{eventNumber}", Channel, ts, step.Answer), "application/json");
            }
        }

        var store = host.Services.GetRequiredService<ICoachingRequestStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await store.ListAsync()).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var request = Assert.Single(await store.ListAsync());
        Assert.Contains("Wageningen", System.Text.Json.JsonSerializer.Serialize(request));
        Assert.True(clicks >= 5, $"only {clicks} answers went through buttons");
        await BlockKitChecker.AssertValidAsync(messages.Concat(host.Slack.Posts.Skip(seen).Select(p => p.Body)));
    }

    [Fact]
    public async Task AProactiveMessageToASlackRequesterIsPostedInTheirThread()
    {
        await using var host = new SlackTestHost();
        var client = host.Services.GetRequiredService<ICoachingChannelClient>();
        Assert.IsType<SlackAwareCoachingChannelClient>(client);
        var reference = new ConversationReference
        {
            ChannelId = SlackActivities.ChannelId,
            ServiceUrl = SlackTestHost.ApiBase,
            Conversation = new ConversationAccount(isGroup: true, id: "C0PROACTIVE:1700000050.000100"),
            User = new ChannelAccount("U0USER1"),
            Bot = new ChannelAccount(SlackTestHost.BotUserId),
            Locale = "nl-NL",
        };

        await client.SendAsync(reference, MessageFactory.Text("Je coach is **Noor**."), CancellationToken.None);

        var post = Assert.Single(host.Slack.Posts);
        Assert.Equal("C0PROACTIVE", (string?)post.Body["channel"]);
        Assert.Equal("1700000050.000100", (string?)post.Body["thread_ts"]);
        Assert.Contains("Je coach is *Noor*.", post.Body["blocks"]!.ToJsonString());
    }

    private static async Task<List<FakeSlackApi.Call>> WaitForTextAsync(SlackTestHost host, int after, IReadOnlyList<string> texts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var posts = host.Slack.Posts.Where(p => (string?)p.Body["channel"] == Channel).ToList();
            if (posts.Skip(after).Any(p => texts.Any(text => Plain(AllText(p.Body)).Contains(text, StringComparison.Ordinal))))
            {
                return posts;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no message with \"{texts[0]}\"; calls: {string.Join("\n", host.Slack.Calls.Select(c => c.Method + " " + AllText(c.Body)))}");
            }
            await Task.Delay(50);
        }
    }

    private static string Label(JsonObject button) => (string?)button["text"]?["text"] ?? "";

    private static string AllText(JsonNode node) =>
        node switch
        {
            JsonObject o => string.Join("\n", o.Select(p => p.Key == "text" && p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? v.GetValue<string>()
                : p.Value is null ? "" : AllText(p.Value))),
            JsonArray a => string.Join("\n", a.Select(c => c is null ? "" : AllText(c))),
            _ => "",
        };

    /// <summary>Compares text without Markdown or mrkdwn marks and entities.</summary>
    private static string Plain(string text) =>
        SlackMrkdwn.Plain(text).Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal);
}
