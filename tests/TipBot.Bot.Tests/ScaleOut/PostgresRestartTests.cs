using System.Collections.Concurrent;
using System.Diagnostics;
using TipBot.Bot.Coaching;
using TipBot.Bot.Storage.Postgres;
using TipBot.Bot.Tests.Coaching;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Storage;
using Xunit.Abstractions;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>
/// Fault run: PostgreSQL restarted under two instances while questions and intakes go on. Requests in the gap fail
/// (fast, with an error status), the instances recover by themselves, and an intake retried turn by turn (as a
/// channel retries) is stored once. Runs on a PostgreSQL of its own (port 55433), so the restart hurts no other test.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const string Port = "55433";

    // A turn that failed inside the bot still answers 200, with this apology (the adapter's OnTurnError).
    private static readonly string Sorry = TipBot.Bot.Texts.TextCatalog.LoadEmbedded().Get("nl-NL", "common.sorry");

    private static async Task<List<string>> SayOrThrowAsync(BotInstance instance, string conversation, string text, string id)
    {
        var replies = await instance.SayAsync(conversation, text, id);
        return replies.Count == 0 || replies.Contains(Sorry) ? throw new InvalidOperationException("the turn failed: " + string.Join(" | ", replies)) : replies;
    }

    private static async Task<string> ScriptAsync(string? verb = null)
    {
        using var script = PeerProcess.Start("bash", verb is null ? ["scripts/postgres.sh"] : ["scripts/postgres.sh", verb], RepositoryRoot.Path,
            new Dictionary<string, string> { ["TIPBOT_PG_PORT"] = Port });
        var exit = await script.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, script.Output);
        return script.Output.Trim().Split('\n').Last().Trim();
    }

    [Fact]
    public async Task AfterARestartDuringLoadTheInstancesRecoverAndNoIntakeIsLostOrDoubled()
    {
        var server = await ScriptAsync();
        var connectionString = TestPostgres.CreateSchema(server, out var schema);
        try
        {
            var starting = new[] { BotInstance.StartAsync("Postgres", connectionString), BotInstance.StartAsync("Postgres", connectionString) };
            using var a = await starting[0];
            using var b = await starting[1];
            var instances = new[] { a, b };
            var results = new ConcurrentQueue<(long At, bool Ok, double Milliseconds)>();
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();

            var questions = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var started = clock.Elapsed;
                    var ok = false;
                    try
                    {
                        ok = (await SayOrThrowAsync(instances[n % 2], $"a:load-{worker};1@thread", "hoe ga ik om met boze bellers?", $"q{n}")).Count > 0;
                    }
                    catch (Exception)
                    {
                        // A failed request is what is counted here.
                    }
                    results.Enqueue(((long)started.TotalMilliseconds, ok, (clock.Elapsed - started).TotalMilliseconds));
                }
            })).ToList();
            var intakes = Enumerable.Range(0, 3).Select(c => Task.Run(() => IntakeAsync(instances, c))).ToList();

            await Task.Delay(TimeSpan.FromSeconds(4));
            var restartAt = clock.Elapsed;
            await ScriptAsync("restart");
            var restartedAt = clock.Elapsed;
            var retries = await Task.WhenAll(intakes);
            await Task.Delay(TimeSpan.FromSeconds(4));
            stop.Cancel();
            await Task.WhenAll(questions);

            // Recovery: each instance answers again by itself (a first request may still meet a connection the restart cut).
            var recoveryFailures = 0;
            foreach (var instance in instances)
            {
                for (var n = 0; ; n++)
                {
                    try
                    {
                        await SayOrThrowAsync(instance, "a:after-restart;1@thread", "hoe ga ik om met boze bellers?", $"r{n}");
                        break;
                    }
                    catch (Exception) when (n < 20)
                    {
                        recoveryFailures++;
                        await Task.Delay(500);
                    }
                }
                for (var n = 0; n < 3; n++)
                {
                    Assert.NotEmpty(await SayOrThrowAsync(instance, "a:after-restart;1@thread", "hoe ga ik om met boze bellers?", $"s{n}"));
                }
            }

            var all = results.ToList();
            var failed = all.Where(r => !r.Ok).ToList();
            output.WriteLine($"restart from {restartAt.TotalSeconds:0.0} s to {restartedAt.TotalSeconds:0.0} s; questions under load {all.Count}, failed {failed.Count} " +
                $"(slowest failure {(failed.Count == 0 ? 0 : failed.Max(f => f.Milliseconds)):0} ms); intake turns resent {retries.Sum()}; " +
                $"failed requests before both instances answered again {recoveryFailures}");

            await using var database = new PostgresDatabase(connectionString);
            var requests = await new PostgresCoachingStore(database).ListAsync();
            Assert.Equal(Enumerable.Range(0, 3).Select(c => $"Gemeente Herstart {c}").Order(), requests.Select(r => r.OrganisationName).Order());
        }
        finally
        {
            // This process's own pooled connections were cut by the restart too.
            Npgsql.NpgsqlConnection.ClearAllPools();
            TestPostgres.DropSchema(server, schema);
        }
    }

    /// <summary>One intake, each turn to the other instance, a failed turn sent again after a pause; returns how many were resent.</summary>
    private static async Task<int> IntakeAsync(BotInstance[] instances, int conversation)
    {
        var id = $"a:restart-run-{conversation};1@thread";
        var turns = new[] { "coach" }.Concat(IntakeScripts.Conversations.Select(s =>
            s.Step == "organisationName" ? $"Gemeente Herstart {conversation}" : s.Answer)).ToList();
        var resent = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            while (true)
            {
                try
                {
                    await SayOrThrowAsync(instances[(i + conversation) % 2], id, turns[i], $"t{i}-{resent}");
                    break;
                }
                catch (Exception) when (resent < 100)
                {
                    resent++;
                    await Task.Delay(500);
                }
            }
            await Task.Delay(400);
        }
        return resent;
    }
}
