using System.Net;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>A graceful stop (deployment, scale-in) answers the Slack turns that were acknowledged but still queued.</summary>
public class SlackShutdownTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task TurnsQueuedWhenTheHostStopsAreStillAnswered()
    {
        const int turns = 12;
        var bodies = Enumerable.Range(0, turns)
            .Select(i => SlackPayloads.Command("/tip", "help", channel: $"D0STOP{i:D2}", user: $"U0STOP{i:D2}"))
            .ToArray();
        // Signed up front, in one run of bolt's signer, so the requests arrive together.
        var signed = await BoltSigner.SignAsync(SlackTestHost.Secret, bodies.Select(b => (b, (long?)null)).ToArray());

        var host = new SlackTestHost();
        var slack = host.Slack;
        // Slow enough that most of the turns are still waiting in the queue when the stop begins.
        slack.ChatDelay = TimeSpan.FromMilliseconds(400);
        try
        {
            var acks = await Task.WhenAll(bodies.Select((body, i) =>
                host.PostAsync(SlackEndpoints.Commands, body, Form, signed[i].Timestamp, signed[i].Signature)));
            Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
            Assert.True(slack.Posts.Count() < turns / 2, "most turns should still be queued when the stop begins");
        }
        finally
        {
            await host.DisposeAsync();
        }

        var answered = slack.Posts.Select(p => (string?)p.Body["channel"]).Where(c => c?.StartsWith("D0STOP", StringComparison.Ordinal) == true).Distinct().Count();
        Assert.Equal(turns, answered);
    }
}
