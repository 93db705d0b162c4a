using TipBot.Bot.Tests.Coaching;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>Fault run: one of two instances on PostgreSQL killed with SIGKILL while intakes are under way; the other finishes them.</summary>
public sealed class KillOneInstanceTests
{
    private const int Conversations = 6;

    [Fact]
    public async Task IntakesInProgressWhenAnInstanceIsKilledFinishOnTheOtherAndNoneIsLostOrDoubled()
    {
        using var scope = new ProviderScope("Postgres");
        var starting = new[] { BotInstance.StartAsync("Postgres", scope.ConnectionString), BotInstance.StartAsync("Postgres", scope.ConnectionString) };
        using var doomed = await starting[0];
        using var survivor = await starting[1];
        var script = IntakeScripts.Conversations;
        var half = script.Length / 2;
        string Answer(int conversation, int step) =>
            script[step].Step == "organisationName" ? $"Gemeente Proef {conversation}" : script[step].Answer;

        // The first half of every intake, turns alternating between the two instances, conversations at once.
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
        {
            await doomed.SayAsync(Id(c), "coach", "m-start");
            for (var step = 0; step < half; step++)
            {
                await (step % 2 == 0 ? survivor : doomed).SayAsync(Id(c), Answer(c, step), $"m{step}");
            }
        }));

        doomed.KillHard();

        // The rest on the survivor alone: it knows each intake's step from PostgreSQL.
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
        {
            for (var step = half; step < script.Length; step++)
            {
                await survivor.SayAsync(Id(c), Answer(c, step), $"m{step}");
            }
        }));

        var requests = await scope.Coaching().ListAsync();
        Assert.Equal(
            Enumerable.Range(0, Conversations).Select(c => $"Gemeente Proef {c}").Order(),
            requests.Select(r => r.OrganisationName).Order());
        Assert.All(requests, r => Assert.Equal("jolanda@wageningen.nl", r.Email));
    }

    private static string Id(int conversation) => $"a:kill-run-{conversation};1@thread";
}
