using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Conversation;

namespace TipBot.Bot.Tests.Conversation;

public class CardActionTests
{
    private static async Task<(BotHarness Harness, JObject FirstCard)> AskAsync(Action<IServiceCollection>? configure = null)
    {
        var harness = BotHarness.Create(Library.Search, configure: configure);
        var replies = await harness.SayAsync("hoe ga ik om met boze bellers?");
        return (harness, BotHarness.CardsIn(replies[1]).First());
    }

    [Fact]
    public async Task FeedbackByActionExecuteIsStoredAndTheCardSaysThankYou()
    {
        var (harness, card) = await AskAsync();
        var replies = await harness.ExecuteAsync(BotHarness.ActionTitled(card, "Nuttig"));

        var feedback = Assert.Single(harness.Insights.Feedback);
        Assert.Equal(harness.Insights.Questions.Single().QuestionId, feedback.QuestionId);
        Assert.Equal("boze-bellers-de-escalatie", feedback.TipId);
        Assert.True(feedback.Useful);

        var response = BotHarness.InvokeJson(replies);
        Assert.Equal(200, (int)response["status"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["body"]!["type"]);
        var updated = JObject.Parse(response["body"]!["value"]!.ToJsonString());
        Assert.Contains(updated["body"]!, b => ((string?)b["text"])?.StartsWith("Dank je wel voor je feedback") == true);
        Assert.DoesNotContain(updated.Descendants().OfType<JObject>(), o => (string?)o["verb"] == "feedback");
        harness.CardsSeen.Add(updated.ToString());
    }

    [Fact]
    public async Task FeedbackByActionSubmitFallbackIsRoutedTheSameWay()
    {
        var (harness, card) = await AskAsync();
        var replies = await harness.SubmitAsync(BotHarness.ActionTitled(card, "Niet nuttig"));

        var feedback = Assert.Single(harness.Insights.Feedback);
        Assert.Equal("boze-bellers-de-escalatie", feedback.TipId);
        Assert.False(feedback.Useful);
        Assert.StartsWith("Dank je wel voor je feedback", replies.Single().Text);
        Assert.Single(harness.Insights.Questions); // the button press is not a question
    }

    [Fact]
    public async Task MoreLikeThisSendsSimilarTipsWithTheSameQuestionId()
    {
        var (harness, card) = await AskAsync();
        var replies = await harness.ExecuteAsync(BotHarness.ActionTitled(card, "Meer zoals dit"));

        var message = replies.Single(a => a.Type == ActivityTypes.Message);
        Assert.Equal("Meer zoals \"Boze beller aan de lijn? Zo haal je de spanning eruit\":", message.Text);
        var similar = BotHarness.CardsIn(message).ToList();
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, c => Library.TipIdOf(c) == "boze-bellers-de-escalatie");
        var questionId = harness.Insights.Questions.Single().QuestionId;
        Assert.All(similar, c => Assert.Equal(questionId, (string?)BotHarness.ActionTitled(c, "Nuttig")["data"]!["questionId"]));

        var response = BotHarness.InvokeJson(replies);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["body"]!["type"]);

        var bySubmit = await harness.SubmitAsync(BotHarness.ActionTitled(card, "Meer zoals dit"));
        Assert.Equal(message.Text, bySubmit.Single(a => a.Type == ActivityTypes.Message).Text);
    }

    [Fact]
    public async Task AnUnknownVerbGetsAFriendlyMessageNotAnError()
    {
        var harness = BotHarness.Create(Library.Search);
        var replies = await harness.ExecuteAsync(new JObject { ["verb"] = "no-such-verb", ["data"] = new JObject() });
        var response = BotHarness.InvokeJson(replies);
        Assert.Equal(200, (int)response["status"]!);
        Assert.Equal("Deze knop werkt niet meer. Stel je vraag gerust opnieuw.", (string?)response["body"]!["value"]);
    }

    [Fact]
    public async Task AskCoachStartsTheIntakeThroughTheSeamWithTheLastQuestion()
    {
        var intake = new RecordingIntake();
        var (harness, card) = await AskAsync(s => s.AddSingleton<IIntakeFlow>(intake));
        await harness.ExecuteAsync(BotHarness.ActionTitled(card, "Vraag een coach"));
        var start = Assert.Single(intake.Starts);
        Assert.Equal("hoe ga ik om met boze bellers?", start.Question);
        Assert.Equal("boze-bellers-de-escalatie", start.TipId);

        // While the intake runs, every message goes to it (not to the search).
        intake.Running = true;
        await harness.SayAsync("help");
        Assert.Equal("help", Assert.Single(intake.Continued));
    }

    [Fact]
    public async Task AskCoachWithoutIntakeExplainsThatACoachCanBeRequested()
    {
        var (harness, card) = await AskAsync();
        var replies = await harness.ExecuteAsync(BotHarness.ActionTitled(card, "Vraag een coach"));
        Assert.Contains("coach", replies.Single(a => a.Type == ActivityTypes.Message).Text);
    }

    private sealed class RecordingIntake : IIntakeFlow
    {
        public bool Running { get; set; }

        public List<IntakeStart> Starts { get; } = [];

        public List<string> Continued { get; } = [];

        public bool IsAvailable => true;

        public Task<bool> OwnsTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.FromResult(Running);

        public Task ContinueAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            Continued.Add(turn.Activity.Text);
            return Task.CompletedTask;
        }

        public Task StartAsync(ITurnContext turn, IntakeStart start, CancellationToken cancellationToken)
        {
            Starts.Add(start);
            return Task.CompletedTask;
        }
    }
}
