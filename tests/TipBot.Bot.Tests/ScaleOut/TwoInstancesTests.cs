using TipBot.Bot.Coaching;
using TipBot.Bot.Tests.Coaching;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>Two real bot processes on one PostgreSQL, as behind a load balancer without sticky sessions.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task AnIntakeWhoseTurnsAlternateBetweenTwoInstancesKeepsItsStateAndIsStoredOnce()
    {
        using var scope = new ProviderScope("Postgres");
        var starting = new[] { BotInstance.StartAsync("Postgres", scope.ConnectionString), BotInstance.StartAsync("Postgres", scope.ConnectionString) };
        using var first = await starting[0];
        using var second = await starting[1];
        var instances = new[] { first, second };
        const string conversation = "a:scale-out;1@thread";

        var turn = 0;
        var replies = await instances[turn % 2].SayAsync(conversation, "coach", $"m{turn++}");
        Assert.NotEmpty(replies);
        foreach (var step in IntakeScripts.Conversations)
        {
            // Each answer goes to the other instance than the one before: only the shared database knows the step.
            replies = await instances[turn % 2].SayAsync(conversation, step.Answer, $"m{turn++}");
            Assert.True(replies.Count > 0, $"no reply to '{step.Answer}' ({step.Step})\nfirst:\n{first.Output}\nsecond:\n{second.Output}");
        }

        var request = Assert.Single(await scope.Coaching().ListAsync());
        Assert.Equal("Gemeente Wageningen", request.OrganisationName);
        Assert.Equal("Hoe maken we onze brieven aan inwoners begrijpelijker?", request.Question);
        Assert.Equal(HelpForm.Conversations, request.HelpForm);
        Assert.Equal("Jolanda van Wijk", request.ContactName);
        Assert.Equal("jolanda@wageningen.nl", request.Email);
        Assert.Contains(replies, r => r.Contains(request.Reference, StringComparison.Ordinal));
    }
}
