using System.Net;
using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Slack;

/// <summary>
/// Two instances behind a load balancer sharing one database: Slack's retry of an event reaching the other instance
/// is not answered twice, and a replayed command is refused by the instance that did not see the original.
/// </summary>
public sealed class SlackTwoInstancesTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-slack2-").FullName;
    private SlackTestHost _one = null!;
    private SlackTestHost _other = null!;

    public Task InitializeAsync()
    {
        var database = $"Data Source={Path.Combine(_folder, "tipbot.db")}";
        _one = new SlackTestHost { SqliteConnectionString = database };
        _other = new SlackTestHost { SqliteConnectionString = database };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AnEventRetriedToTheOtherInstanceIsAnsweredOnce()
    {
        const string channel = "C0TWO0001";
        var body = SlackPayloads.AppMention("Ev0TWO0001", channel, "1700000101.000100", "<@U0TIPBOT> help", user: "U0TWO0001");
        var signed = await BoltSigner.SignAsync(SlackTestHost.Secret, (body, null), (body, null));

        Assert.Equal(HttpStatusCode.OK, (await _one.PostAsync(SlackEndpoints.Events, body, "application/json", signed[0].Timestamp, signed[0].Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _other.PostAsync(SlackEndpoints.Events, body, "application/json", signed[1].Timestamp, signed[1].Signature, retry: 1)).StatusCode);

        await _one.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == channel);
        // A later event in the same channel, to the other instance: once it is answered, the retry would have been too.
        var later = SlackPayloads.AppMention("Ev0TWO0002", channel, "1700000102.000100", "<@U0TIPBOT> help", user: "U0TWO0001");
        await _other.PostSignedAsync(SlackEndpoints.Events, later, "application/json");
        await _other.Slack.WaitForPostsAsync(1, p => (string?)p.Body["channel"] == channel);

        Assert.Single(_one.Slack.Posts, p => (string?)p.Body["channel"] == channel);
        Assert.Single(_other.Slack.Posts, p => (string?)p.Body["channel"] == channel);
    }

    [Fact]
    public async Task ACommandReplayedToTheOtherInstanceIsRefused()
    {
        var body = SlackPayloads.Command("/tip", "boze inwoners", channel: "D0TWO0003", user: "U0TWO0003");
        var signed = (await BoltSigner.SignAsync(SlackTestHost.Secret, (body, null)))[0];

        Assert.Equal(HttpStatusCode.OK, (await _one.PostAsync(SlackEndpoints.Commands, body, Form, signed.Timestamp, signed.Signature)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _other.PostAsync(SlackEndpoints.Commands, body, Form, signed.Timestamp, signed.Signature)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _other.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
