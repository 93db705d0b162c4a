using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Intake;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>The intake as a conversation, in memory (TestAdapter, MemoryStorage).</summary>
public class IntakeDialogTests
{
    /// <summary>Starts the intake and answers the first <paramref name="count"/> steps, checking each question.</summary>
    private static async Task<List<IActivity>> WalkAsync(IntakeHarness h, ScriptStep[] script, int count)
    {
        var replies = await h.SayAsync("ik wil een coach");
        Assert.Contains(h.T("intake.start"), replies.AllText());
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(h.T(script[i].QuestionKey, script[i].Args), replies.LastText());
            replies = await h.SayAsync(script[i].Answer);
        }
        return replies;
    }

    [Fact]
    public async Task ConversationsHappyPathStoresTheRequestWithAReference()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        var replies = await WalkAsync(h, script, script.Length);

        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Contains(h.T("intake.submitted", request.Reference), replies.AllText());
        Assert.Matches("^C-[2-9A-Z]{6}$", request.Reference);
        Assert.Equal("gemeente", request.OrganisationType);
        Assert.Equal("Gemeente Wageningen", request.OrganisationName);
        Assert.Equal("plan", request.Phase);
        Assert.Equal(HelpForm.Conversations, request.HelpForm);
        Assert.False(request.NeedsReview);
        Assert.True(request.Commitment);
        Assert.Equal("jolanda@wageningen.nl", request.Email);
        Assert.Null(request.Phone);
        Assert.Equal(CoachingStatus.New, request.Status);
        Assert.NotNull(request.RequesterAddress);
        Assert.NotEmpty(request.SuggestedCoaches);
        var outbox = await ((ICoachingOutbox)h.Store).ForRequestAsync(request.Id);
        Assert.Equal(OutboxKind.PostRequestCard, Assert.Single(outbox).Kind);
        Assert.False(await h.IsActiveAsync());
    }

    [Fact]
    public async Task WorkshopHappyPathTakesTheTopicFromTheLibrary()
    {
        await using var h = new IntakeHarness();
        var replies = await WalkAsync(h, IntakeScripts.Workshop, 7);
        // The topics are the library's workshop documents, offered as buttons.
        Assert.Equal(h.T("intake.workshopTopic.question"), replies.LastText());
        var buttons = replies[^1].AsMessageActivity().SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Communicatie en dienstverlening vanuit de leefwereld", "Ontwerpend onderzoek en design thinking"], buttons);
    }

    [Fact]
    public async Task WorkshopRequestIsStoredWithTopicAndParticipants()
    {
        await using var h = new IntakeHarness();
        await WalkAsync(h, IntakeScripts.Workshop, IntakeScripts.Workshop.Length);
        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Equal(HelpForm.Workshop, request.HelpForm);
        Assert.Equal("ontwerpend-onderzoek", request.WorkshopId);
        Assert.Equal("Ontwerpend onderzoek en design thinking", request.WorkshopTitle);
        Assert.Equal(6, request.Participants);
        Assert.Equal("anders", request.OrganisationType);
        Assert.Equal("Veiligheidsregio", request.OrganisationTypeOther);
        Assert.Equal("06 12345678", request.Phone);
        Assert.Equal("patrick", request.SuggestedCoaches[0].Id);
    }

    [Fact]
    public async Task DeploymentHappyPathNeedsReview()
    {
        await using var h = new IntakeHarness();
        var replies = await WalkAsync(h, IntakeScripts.Deployment, IntakeScripts.Deployment.Length);
        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Contains(h.T("intake.submitted.review", request.Reference), replies.AllText());
        Assert.Equal(HelpForm.Deployment, request.HelpForm);
        Assert.True(request.NeedsReview);
        Assert.Equal("vast", request.Phase);
        Assert.Equal("Start in maart, klaar voor de zomer", request.Timeline);
        Assert.StartsWith("We willen samen", request.DeploymentDescription);
    }

    [Fact]
    public async Task BadEmailIsAskedAgainWithAHintThenTheWayOut()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        var email = Array.FindIndex(script, s => s.Step == "email");
        await WalkAsync(h, script, email);

        var replies = await h.SayAsync("jolanda at wageningen");
        Assert.Equal(h.T("intake.email.hint"), replies[0].AsMessageActivity().Text);
        Assert.Equal(h.T("intake.email.question"), replies.LastText());

        replies = await h.SayAsync("jolanda@wageningen");
        Assert.Contains(h.T("intake.dialog.wayOut"), replies.AllText());
        Assert.Equal(h.T("intake.email.question"), replies.LastText());

        replies = await h.SayAsync("jolanda@wageningen.nl");
        Assert.Equal(h.T("intake.phone.question"), replies.LastText());
    }

    [Fact]
    public async Task TwelveParticipantsGetAFriendlyExplanationAndAReAsk()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Workshop;
        await WalkAsync(h, script, Array.FindIndex(script, s => s.Step == "participants"));

        var replies = await h.SayAsync("12");
        Assert.Equal(h.T("intake.participants.tooMany", 8), replies[0].AsMessageActivity().Text);
        Assert.Equal(h.T("intake.participants.question", 8), replies.LastText());

        replies = await h.SayAsync("acht");
        Assert.Equal(h.T("intake.commitment.question"), replies.LastText());
    }

    [Theory]
    [MemberData(nameof(IntakeScripts.EveryStep), MemberType = typeof(IntakeScripts))]
    public async Task BackOnEveryStepAsksThePreviousQuestion(string path, int step)
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.ByName(path);
        await WalkAsync(h, script, step);

        var replies = await h.SayAsync("terug");
        if (step == 0)
        {
            Assert.Contains(h.T("intake.dialog.atFirstStep"), replies.AllText());
            Assert.Equal(h.T(script[0].QuestionKey), replies.LastText());
        }
        else
        {
            Assert.Equal(h.T(script[step - 1].QuestionKey, script[step - 1].Args), replies.LastText());
            // Answering again carries on as before.
            replies = await h.SayAsync(script[step - 1].Answer);
            Assert.Equal(h.T(script[step].QuestionKey, script[step].Args), replies.LastText());
        }
    }

    [Theory]
    [MemberData(nameof(IntakeScripts.EveryStep), MemberType = typeof(IntakeScripts))]
    public async Task HelpOnEveryStepExplainsItAndAsksAgain(string path, int step)
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.ByName(path);
        await WalkAsync(h, script, step);

        var replies = await h.SayAsync("help");
        Assert.Contains(h.T($"intake.{script[step].Step}.help"), replies.AllText());
        Assert.Contains(h.T("intake.dialog.wayOut"), replies.AllText());
        Assert.Equal(h.T(script[step].QuestionKey, script[step].Args), replies.LastText());
        Assert.True(await h.IsActiveAsync());
    }

    [Theory]
    [MemberData(nameof(IntakeScripts.EveryStep), MemberType = typeof(IntakeScripts))]
    public async Task StopOnEveryStepEndsAfterConfirmationAndKeepsNothing(string path, int step)
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.ByName(path);
        await WalkAsync(h, script, step);

        var replies = await h.SayAsync(step % 2 == 0 ? "stop" : "Annuleer");
        Assert.Equal(h.T("intake.dialog.confirmCancel"), replies.LastText());
        replies = await h.SayAsync("ja");
        Assert.Equal(h.T("intake.dialog.cancelled"), replies.LastText());

        Assert.False(await h.IsActiveAsync());
        Assert.Empty(await h.Store.ListAsync());
        // The next message is an ordinary question again: answered with a card, not an intake question.
        replies = await h.SayAsync("hallo");
        Assert.False(await h.IsActiveAsync());
        Assert.Contains(replies, r => r.AsMessageActivity()?.Attachments?.Count > 0);
    }

    [Fact]
    public async Task StopThenNoCarriesOnAtTheSameStep()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        await WalkAsync(h, script, 2);
        await h.SayAsync("stop");
        var replies = await h.SayAsync("nee");
        Assert.Contains(h.T("intake.dialog.notCancelled"), replies.AllText());
        Assert.Equal(h.T(script[2].QuestionKey), replies.LastText());
    }

    [Fact]
    public async Task TipsQuestionInTheMiddleIsAnsweredAndTheIntakeResumes()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        var phase = Array.FindIndex(script, s => s.Step == "phase");
        await WalkAsync(h, script, phase);

        var replies = await h.SayAsync("Hoe toets ik een idee aan de balie?");
        Assert.Contains("Gebruik contactmomenten aan de balie", replies.AllText());
        Assert.Contains(h.T("intake.dialog.resume"), replies.AllText());
        Assert.Equal(h.T("intake.phase.question"), replies.LastText());

        replies = await h.SayAsync("plan");
        Assert.Equal(h.T("intake.helpForm.question"), replies.LastText());
    }

    [Theory]
    [InlineData("gemeente")]
    [InlineData("Gemeente")]
    [InlineData("GEMEENTE")]
    [InlineData("1")]
    [InlineData("gemeete")]
    [InlineData("gemeentee")]
    [InlineData("ik werk bij een gemeente")]
    public async Task TypedOrganisationTypesAreUnderstood(string typed)
    {
        await using var h = new IntakeHarness();
        await h.SayAsync("coach");
        var replies = await h.SayAsync(typed);
        Assert.Equal(h.T("intake.organisationName.question"), replies.LastText());
    }

    [Theory]
    [InlineData("7")]
    [InlineData("gemeente of provincie")]
    [InlineData("xyz")]
    public async Task UnclearChoicesAreAskedAgainWithButtons(string typed)
    {
        await using var h = new IntakeHarness();
        await h.SayAsync("coach");
        var replies = await h.SayAsync(typed);
        Assert.Equal(h.T("intake.organisationType.hint"), replies[0].AsMessageActivity().Text);
        Assert.Equal(h.T("intake.organisationType.question"), replies.LastText());
        Assert.Equal(6, replies[^1].AsMessageActivity().SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task ButtonsAndCardSubmitsWorkLikeTypedAnswers()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        var replies = await WalkAsync(h, script, script.Length - 1);
        var card = Assert.Single(replies[^1].AsMessageActivity().Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = (JObject)card.Content;
        Assert.Equal("1.5", content["version"]!.ToString());
        var confirm = content["actions"]!.First(a => a["title"]!.ToString() == h.T("intake.summary.confirm"));

        replies = await h.SubmitAsync((JObject)confirm["data"]!);
        Assert.Single(await h.Store.ListAsync());
    }

    [Fact]
    public async Task ChangingOneFieldReturnsToTheSummary()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        await WalkAsync(h, script, script.Length - 1);

        var replies = await h.SubmitAsync(new JObject { ["choice"] = "aanpassen" });
        Assert.Equal(h.T("intake.editField.question"), replies.LastText());
        replies = await h.SayAsync("e-mail");
        Assert.Equal(h.T("intake.email.question"), replies.LastText());
        replies = await h.SayAsync("j.vanwijk@wageningen.nl");
        Assert.Equal(h.T("intake.summary.question"), replies.LastText());
        var facts = ((JObject)replies[^1].AsMessageActivity().Attachments[0].Content).SelectTokens("$..facts[*].value").Select(v => v.ToString()).ToList();
        Assert.Contains("j.vanwijk@wageningen.nl", facts);
        Assert.DoesNotContain("jolanda@wageningen.nl", facts);

        await h.SayAsync("klopt");
        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Equal("j.vanwijk@wageningen.nl", request.Email);
        Assert.Equal("Jolanda van Wijk", request.ContactName);
    }

    [Fact]
    public async Task ChangingTheHelpFormAsksItsFollowUpQuestionsThenTheSummary()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        await WalkAsync(h, script, script.Length - 1);
        await h.SayAsync("aanpassen");
        var replies = await h.SayAsync("soort hulp");
        Assert.Equal(h.T("intake.helpForm.question"), replies.LastText());
        replies = await h.SayAsync("workshop");
        Assert.Equal(h.T("intake.workshopTopic.question"), replies.LastText());
        replies = await h.SayAsync("2");
        Assert.Equal(h.T("intake.participants.question", 8), replies.LastText());
        replies = await h.SayAsync("4");
        Assert.Equal(h.T("intake.summary.question"), replies.LastText());
        await h.SayAsync("klopt");
        var request = Assert.Single(await h.Store.ListAsync());
        Assert.Equal(HelpForm.Workshop, request.HelpForm);
        Assert.Equal(4, request.Participants);
    }

    [Fact]
    public async Task NoCommitmentEndsKindlyWithTipsAndStoresNothing()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        await WalkAsync(h, script, Array.FindIndex(script, s => s.Step == "commitment"));
        var replies = await h.SayAsync("nee");
        Assert.Contains(h.T("intake.commitment.declined"), replies.AllText());
        Assert.Contains("Schrijf brieven in begrijpelijke taal", replies.AllText());
        Assert.Empty(await h.Store.ListAsync());
        Assert.False(await h.IsActiveAsync());
    }

    [Fact]
    public async Task TipsThatAreEnoughEndTheIntake()
    {
        await using var h = new IntakeHarness();
        var script = IntakeScripts.Conversations;
        var replies = await WalkAsync(h, script, 3);
        Assert.Contains(h.T("intake.suggestions.intro"), replies.AllText());
        Assert.Contains("Schrijf brieven in begrijpelijke taal", replies.AllText());
        replies = await h.SayAsync("nee");
        Assert.Equal(h.T("intake.suggestions.enough"), replies.LastText());
        Assert.False(await h.IsActiveAsync());
    }

    [Fact]
    public async Task EnglishLocaleGetsEnglish()
    {
        await using var h = new IntakeHarness(locale: "en-US");
        var replies = await h.SayAsync("I want a coach");
        Assert.Equal("What kind of organisation do you work for?", replies.LastText());
        replies = await h.SayAsync("municipality");
        Assert.Equal(h.T("intake.organisationName.question"), replies.LastText());
    }

    [Fact]
    public async Task TestFlowRunsTheFirstStepsWithButtons()
    {
        await using var h = new IntakeHarness();
        await new TestFlow(h.Adapter, h.BotAsync)
            .Send("coach")
            .AssertReply(h.T("intake.start"))
            .AssertReply(a => Assert.Equal(
                ["Gemeente", "Provincie", "Ministerie", "Uitvoeringsorganisatie", "Waterschap", "Anders"],
                a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title)))
            .Send("Waterschap")
            .AssertReply(h.T("intake.organisationName.question"))
            .StartTestAsync();
    }
}
