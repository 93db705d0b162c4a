using System.Net;
using System.Text.Json.Nodes;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>A captured, validly signed Slack request sent again: refused, or (events) answered once; an old one refused.</summary>
public class SlackReplayTests(SlackTestHost host) : IClassFixture<SlackTestHost>
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task AReplayedSlashCommandIsRefusedAndAnsweredOnce()
    {
        var body = SlackPayloads.Command("/tip", "boze inwoners", channel: "D0REPLAY1", user: "U0REPLAY1");
        var signed = (await BoltSigner.SignAsync(SlackTestHost.Secret, (body, null)))[0];

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(SlackEndpoints.Commands, body, Form, signed.Timestamp, signed.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(SlackEndpoints.Commands, body, Form, signed.Timestamp, signed.Signature)).StatusCode);

        // A later, differently signed command from the same channel is answered: once it is, the replay would have been too.
        await host.PostSignedAsync(SlackEndpoints.Commands, SlackPayloads.Command("/tip", "help", channel: "D0REPLAY1", user: "U0REPLAY1"), Form);
        await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == "D0REPLAY1");
        Assert.Equal(2, host.Slack.Posts.Count(p => (string?)p.Body["channel"] == "D0REPLAY1"));
    }

    [Fact]
    public async Task AReplayedButtonClickIsRefused()
    {
        var button = new JsonObject { ["action_id"] = "tipbot.say.1", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Help" }, ["value"] = "help" };
        var body = SlackPayloads.BlockAction(button, "D0REPLAY2", "1700000000.000900", user: "U0REPLAY2");
        var signed = (await BoltSigner.SignAsync(SlackTestHost.Secret, (body, null)))[0];

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(SlackEndpoints.Interactions, body, Form, signed.Timestamp, signed.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(SlackEndpoints.Interactions, body, Form, signed.Timestamp, signed.Signature)).StatusCode);
    }

    [Fact]
    public async Task AReplayedEventIsAnsweredOnceAndAnOldOneIsRefused()
    {
        const string channel = "C0REPLAY3";
        var body = SlackPayloads.AppMention("Ev0REPLAY3", channel, "1700000005.000100", "<@U0TIPBOT> help", user: "U0REPLAY3");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signed = await BoltSigner.SignAsync(SlackTestHost.Secret, (body, now), (body, now - 301));
        var fresh = signed[0];
        var old = signed[1];

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(SlackEndpoints.Events, body, "application/json", old.Timestamp, old.Signature)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(SlackEndpoints.Events, body, "application/json", fresh.Timestamp, fresh.Signature)).StatusCode);
        }
        var later = SlackPayloads.AppMention("Ev0REPLAY4", channel, "1700000006.000100", "<@U0TIPBOT> help", user: "U0REPLAY3", threadTs: "1700000005.000100");
        await host.PostSignedAsync(SlackEndpoints.Events, later, "application/json");
        await host.Slack.WaitForPostsAsync(2, p => (string?)p.Body["channel"] == channel);
        Assert.Equal(2, host.Slack.Posts.Count(p => (string?)p.Body["channel"] == channel));
    }
}
