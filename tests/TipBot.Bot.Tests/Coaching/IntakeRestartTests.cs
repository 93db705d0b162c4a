using Microsoft.Bot.Builder;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Intake;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>Dialog state in storage: typed round trips, and an intake that survives a restart of the process.</summary>
public sealed class IntakeRestartTests
{
    public static TheoryData<string> Providers => ProviderScope.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TypedStateSurvivesARoundTripThroughStorage(string provider)
    {
        using var scope = new ProviderScope(provider);
        var state = new IntakeState
        {
            OrganisationType = "anders",
            OrganisationTypeOther = "Veiligheidsregio",
            OrganisationName = "VR Gelderland-Zuid",
            Question = "Hoe blijven we in gesprek met inwoners? \"Quotes\", émoji ✓ en 's nachts",
            SuggestedTipIds = ["a", "b", "c"],
            Phase = "verkennen",
            HelpForm = HelpForm.Workshop,
            WorkshopId = "ontwerpend-onderzoek",
            WorkshopTitle = "Ontwerpend onderzoek",
            Participants = 8,
            Commitment = true,
            ContactName = "Sam",
            Email = "sam@vrgz.nl",
            Phone = null,
        };
        var record = new DialogRecord
        {
            DialogId = IntakeDialog.DialogId,
            Step = IntakeDialog.StepNames.Participants,
            History = ["organisationType", "organisationTypeOther"],
            Attempts = 2,
            ReturnTo = "summary",
            Locale = "nl-NL",
            StartedAt = new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(1)),
            UpdatedAt = new DateTimeOffset(2026, 11, 25, 16, 5, 0, TimeSpan.Zero),
        };
        Dialog<IntakeState>.WriteState(record, state);

        await new DialogStore(scope.Storage()).SaveAsync("test/dialogs/c/u", record, CancellationToken.None);
        // New objects over the same data, as after a restart (MemoryStorage is the process itself, so it stays).
        var reopened = scope.Storage();
        var loaded = await new DialogStore(reopened).LoadAsync("test/dialogs/c/u", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(record.Step, loaded.Step);
        Assert.Equal(record.History, loaded.History);
        Assert.Equal(2, loaded.Attempts);
        Assert.Equal("summary", loaded.ReturnTo);
        Assert.Equal(record.StartedAt, loaded.StartedAt);
        var back = Dialog<IntakeState>.ReadState(loaded);
        Assert.IsType<int>(back.Participants!.Value);
        Assert.Equal(8, back.Participants);
        Assert.Equal(HelpForm.Workshop, back.HelpForm);
        Assert.Equal(state.Question, back.Question);
        Assert.Equal(["a", "b", "c"], back.SuggestedTipIds);
        Assert.True(back.Commitment);
        Assert.Null(back.Phone);
        Assert.Equal(record.StateJson, loaded.StateJson);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task AnIntakeContinuesAtTheSameStepAfterARestart(string provider)
    {
        using var scope = new ProviderScope(provider);
        var script = IntakeScripts.Workshop;
        var participants = Array.FindIndex(script, s => s.Step == "participants");

        await using (var before = new IntakeHarness(scope.Storage(), scope.Coaching()))
        {
            await before.SayAsync("coach");
            for (var i = 0; i < participants; i++)
            {
                await before.SayAsync(script[i].Answer);
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // A new process: new services, new adapter, new stores over the same database.
        var requests = scope.Coaching();
        await using var after = new IntakeHarness(scope.Storage(), requests);
        var replies = await after.SayAsync("help");
        Assert.Contains(after.T("intake.participants.help"), replies.AllText());
        Assert.Equal(after.T("intake.participants.question", 8), replies.LastText());
        // "terug" still knows the way back from before the restart.
        replies = await after.SayAsync("terug");
        Assert.Equal(after.T("intake.workshopTopic.question"), replies.LastText());
        await after.SayAsync("ontwerpend onderzoek");
        for (var i = participants; i < script.Length; i++)
        {
            await after.SayAsync(script[i].Answer);
        }

        var request = Assert.Single(await requests.ListAsync());
        Assert.Equal("Veiligheidsregio", request.OrganisationTypeOther);
        Assert.Equal("Veiligheidsregio Gelderland-Zuid", request.OrganisationName);
        Assert.StartsWith("We willen leren", request.Question);
        Assert.Equal("verkennen", request.Phase);
        Assert.Equal("ontwerpend-onderzoek", request.WorkshopId);
        Assert.Equal(6, request.Participants);
        Assert.Equal("sam@vrgz.nl", request.Email);
    }
}
