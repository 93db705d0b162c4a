using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TipBot.Bot.Pacing;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>
/// Messages to one Slack channel keep to Slack's per-channel pace (<see cref="RateWindow.Slack"/>) and all arrive; a
/// message to another channel does not wait behind them.
/// </summary>
public class SlackPacingTests
{
    private sealed class Clients(FakeSlackApi slack) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(slack, disposeHandler: false);
    }

    [Fact]
    public async Task ABurstToOneChannelIsPacedInOrderAndAnotherChannelIsNotHeldUp()
    {
        var slack = new FakeSlackApi();
        var options = Options.Create(new SlackOptions { ApiBaseUrl = new Uri(SlackTestHost.ApiBase), BotToken = "xoxb-test" });
        var api = new SlackApiClient(new Clients(slack), options, new ChannelPacers(TimeProvider.System), NullLogger<SlackApiClient>.Instance);
        var burst = RateWindow.Slack[0].Count + 3;

        var sends = Enumerable.Range(0, burst)
            .Select(i => api.PostMessageAsync(new SlackConversation("C0BUSY", null), new SlackMessage($"bericht {i}", []), CancellationToken.None))
            .ToList();
        await Task.Delay(50);
        await api.PostMessageAsync(new SlackConversation("C0OTHER", null), new SlackMessage("ander kanaal", []), CancellationToken.None);
        await Task.WhenAll(sends);

        var busy = slack.Posts.Where(p => (string?)p.Body["channel"] == "C0BUSY").OrderBy(p => p.At).ToList();
        Assert.Equal(Enumerable.Range(0, burst).Select(i => $"bericht {i}").Order(), busy.Select(p => (string?)p.Body["text"]).Order());
        // Messages sent at the same moment may arrive in any order; those past the window's count wait for the next window.
        var window = RateWindow.Slack[0];
        var afterBurst = busy[window.Count].At - busy[0].At;
        Assert.True(afterBurst >= window.Per - TimeSpan.FromMilliseconds(50), $"message {window.Count + 1} went {afterBurst.TotalMilliseconds} ms after the first");

        // The other channel's message went while the busy channel was still waiting.
        var other = Assert.Single(slack.Posts, p => (string?)p.Body["channel"] == "C0OTHER");
        Assert.True(other.At < busy[window.Count].At, "the other channel waited behind the busy one");
    }

    [Fact]
    public async Task A429PausesTheChannelForEveryMessageNotOnlyTheRefusedOne()
    {
        var slack = new FakeSlackApi();
        var options = Options.Create(new SlackOptions { ApiBaseUrl = new Uri(SlackTestHost.ApiBase), BotToken = "xoxb-test" });
        var api = new SlackApiClient(new Clients(slack), options, new ChannelPacers(TimeProvider.System), NullLogger<SlackApiClient>.Instance);
        slack.RateLimitNext(1, seconds: 1);

        var started = DateTimeOffset.UtcNow;
        var first = api.PostMessageAsync(new SlackConversation("C0LIMIT", null), new SlackMessage("een", []), CancellationToken.None);
        await Task.Delay(100);
        var second = api.PostMessageAsync(new SlackConversation("C0LIMIT", null), new SlackMessage("twee", []), CancellationToken.None);
        await Task.WhenAll(first, second);

        var posts = slack.Posts.Where(p => (string?)p.Body["channel"] == "C0LIMIT").ToList();
        Assert.Equal(["een", "twee"], posts.Select(p => (string?)p.Body["text"]).Order());
        Assert.All(posts, p => Assert.True(p.At - started >= TimeSpan.FromMilliseconds(900), $"posted {(p.At - started).TotalMilliseconds} ms after the 429"));
        Assert.IsType<JsonObject>(posts[0].Body);
    }
}
