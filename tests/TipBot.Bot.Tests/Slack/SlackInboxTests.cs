using System.Net;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>
/// Turns Slack was told 200 for are kept in the shared inbox until they have run: when an instance goes away before
/// it could run them, another instance on the same database answers them, each once.
/// </summary>
public sealed class SlackInboxTests : IDisposable
{
    private const string Form = "application/x-www-form-urlencoded";
    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-inbox-").FullName;

    [Fact]
    public async Task TurnsLeftByAStoppedInstanceAreAnsweredByAnotherOnce()
    {
        const int turns = 8;
        var database = $"Data Source={Path.Combine(_folder, "tipbot.db")}";
        var bodies = Enumerable.Range(0, turns)
            .Select(i => SlackPayloads.Command("/tip", "help", channel: $"D0INBOX{i:D2}", user: $"U0INBOX{i:D2}"))
            .ToArray();
        var signed = await BoltSigner.SignAsync(SlackTestHost.Secret, bodies.Select(b => (b, (long?)null)).ToArray());

        // The first instance takes the turns, but Slack never answers it, and it is stopped: it finishes none of them.
        var first = new SlackTestHost
        {
            SqliteConnectionString = database,
            ShutdownTimeout = TimeSpan.FromMilliseconds(200),
            Settings = { ["Slack:InboxLease"] = "00:00:02", ["Slack:InboxSweepInterval"] = "01:00:00" },
        };
        first.Slack.ChatDelay = TimeSpan.FromDays(1);
        try
        {
            var acks = await Task.WhenAll(bodies.Select((body, i) =>
                first.PostAsync(SlackEndpoints.Commands, body, Form, signed[i].Timestamp, signed[i].Signature)));
            Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
        }
        finally
        {
            await first.DisposeAsync();
        }
        Assert.Empty(first.Slack.Posts);

        // The second instance finds them once their lease is out.
        var second = new SlackTestHost
        {
            SqliteConnectionString = database,
            Settings = { ["Slack:InboxLease"] = "00:00:02", ["Slack:InboxSweepInterval"] = "00:00:00.200" },
        };
        try
        {
            _ = second.Server;
            var posts = await second.Slack.WaitForPostsAsync(turns, p => ((string?)p.Body["channel"])?.StartsWith("D0INBOX", StringComparison.Ordinal) == true);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var answered = second.Slack.Posts.Select(p => (string?)p.Body["channel"]).Where(c => c?.StartsWith("D0INBOX", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(turns, answered.Distinct().Count());
            Assert.Equal(turns, answered.Count);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
