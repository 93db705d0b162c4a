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

    [Fact]
    public async Task CompletedRequestsAreAnonymisedAfterTheRetentionPeriod()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var store = new MemoryCoachingStore();
        CoachingRequest Request(string id, CoachingStatus status, int daysAgo) => new()
        {
            Id = id, Reference = "C-" + id, CreatedAt = clock.GetUtcNow().AddDays(-daysAgo - 10), OrganisationType = "gemeente",
            OrganisationName = "Gemeente", Question = "vraag", Phase = "plan", HelpForm = HelpForm.Conversations,
            ContactName = "Naam", Email = "a@b.nl", Status = status, CompletedAt = status == CoachingStatus.Completed ? clock.GetUtcNow().AddDays(-daysAgo) : null,
        };
        await store.AddAsync(Request("OLD", CoachingStatus.Completed, 40), []);
        await store.AddAsync(Request("NEW", CoachingStatus.Completed, 10), []);
        await store.AddAsync(Request("OPEN", CoachingStatus.Claimed, 40), []);
        var retention = new RetentionService(store, Options.Create(new CoachingOptions { RetentionDays = 30 }), clock, NullLogger<RetentionService>.Instance);

        Assert.Equal(1, await retention.RunOnceAsync());
        Assert.Null((await store.GetAsync("OLD"))!.Email);
        Assert.Equal("a@b.nl", (await store.GetAsync("NEW"))!.Email);
        Assert.Equal("a@b.nl", (await store.GetAsync("OPEN"))!.Email);
        Assert.Equal(0, await retention.RunOnceAsync());
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
