using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>"verwijder mijn gegevens" and the retention period.</summary>
public class PrivacyTests
{
    [Fact]
    public async Task ForgetMeAfterConfirmationRemovesPersonalFieldsAndState()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        foreach (var step in script.Prepend(new ScriptStep("", "", "coach")))
        {
            await h.SayAsync(step.Answer);
        }
        Assert.Equal("jolanda@wageningen.nl", Assert.Single(await h.Store.ListAsync()).Email);

        var replies = await h.SayAsync("Verwijder mijn gegevens");
        Assert.Equal(h.T("coaching.privacy.question"), replies.LastText());
        replies = await h.SayAsync("ja");
        Assert.Equal(h.T("coaching.privacy.done", 1), replies.LastText());

        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Null(request.Email);
        Assert.Null(request.ContactName);
        Assert.Null(request.RequesterAddress);
        Assert.NotNull(request.AnonymisedAt);
        Assert.Equal("Gemeente Wageningen", request.OrganisationName);
        Assert.False(await h.IsActiveAsync());
    }

    [Fact]
    public async Task ForgetMeAnsweredNoKeepsEverything()
    {
        await using var h = new IntakeHarness(locale: "en-US");
        await h.SayAsync("delete my data");
        var replies = await h.SayAsync("no");
        Assert.Equal(h.T("coaching.privacy.kept"), replies.LastText());
    }

    [Fact]
    public async Task ForgetMeInTheMiddleOfAnIntakeDropsTheIntake()
    {
        await using var h = new IntakeHarness();
        await h.SayAsync("coach");
        await h.SayAsync("gemeente");
        var replies = await h.SayAsync("verwijder mijn gegevens");
        Assert.Equal(h.T("coaching.privacy.question"), replies.LastText());
        await h.SayAsync("ja");
        Assert.False(await h.IsActiveAsync());
        Assert.Empty(await h.Store.ListAsync());
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task EveryClosedRequestIsAnonymisedAfterTheRetentionPeriodAndOpenOnesAreKept(string kind)
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var folder = Directory.CreateTempSubdirectory("tipbot-retention-");
        ICoachingRequestStore store = kind == "memory"
            ? new MemoryCoachingStore()
            : new SqliteCoachingStore($"Data Source={Path.Combine(folder.FullName, "tipbot.db")};Pooling=False");
        CoachingRequest Request(string id, CoachingStatus status, int daysAgo) => new()
        {
            Id = id, Reference = "C-" + id, CreatedAt = clock.GetUtcNow().AddDays(-daysAgo - 10), OrganisationType = "gemeente",
            OrganisationName = "Gemeente", Question = "vraag", Phase = "plan", HelpForm = HelpForm.Conversations,
            ContactName = "Naam", Email = "a@b.nl", Status = status, CompletedAt = status.IsClosed() ? clock.GetUtcNow().AddDays(-daysAgo) : null,
        };
        // Every status there is, old and recent: a status added later is covered (or kept open) by the same rule.
        foreach (var status in Enum.GetValues<CoachingStatus>())
        {
            await store.AddAsync(Request($"OLD{status}", status, 40), []);
            await store.AddAsync(Request($"NEW{status}", status, 10), []);
        }
        var retention = new RetentionService(store, Options.Create(new CoachingOptions { RetentionDays = 30 }), clock, NullLogger<RetentionService>.Instance);

        Assert.Equal(CoachingStatuses.Closed.Count, await retention.RunOnceAsync());
        Assert.Contains(CoachingStatus.Completed, CoachingStatuses.Closed);
        foreach (var status in Enum.GetValues<CoachingStatus>())
        {
            var old = (await store.GetAsync($"OLD{status}"))!;
            Assert.Equal(status.IsClosed() ? null : "a@b.nl", old.Email);
            Assert.Equal(status.IsClosed() ? null : "Naam", old.ContactName);
            Assert.Equal("a@b.nl", (await store.GetAsync($"NEW{status}"))!.Email);
        }
        Assert.False(CoachingStatus.New.IsClosed());
        Assert.False(CoachingStatus.Claimed.IsClosed());
        Assert.Equal(0, await retention.RunOnceAsync());
        folder.Delete(recursive: true);
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
