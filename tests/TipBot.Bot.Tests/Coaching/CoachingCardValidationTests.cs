using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>The summary and request cards, checked by Microsoft's adaptivecards library (tests/peers/validate-card.js).</summary>
public class CoachingCardValidationTests
{
    [Fact]
    public async Task SummaryAndRequestCardsPassTheAdaptiveCardsLibrary()
    {
        var cards = new List<string>();
        foreach (var (script, locale) in new[] { (IntakeScripts.Workshop, "nl-NL"), (IntakeScripts.Deployment, "en-US") })
        {
            await using var h = new IntakeHarness(locale: locale);
            await h.SayAsync("coach");
            List<Microsoft.Bot.Schema.IActivity> replies = [];
            foreach (var step in script[..^1])
            {
                replies = await h.SayAsync(step.Answer);
                Assert.True(replies.Count > 0, $"{locale}: no reply to '{step.Answer}' at {step.Step}");
            }
            cards.Add(((JObject)replies[^1].AsMessageActivity().Attachments[0].Content).ToString(Newtonsoft.Json.Formatting.None));
            await h.SayAsync("klopt");
            var request = Assert.Single(await h.Store.ListAsync());
            var texts = TextCatalog.LoadEmbedded();
            foreach (var state in new[] { request, request with { Status = CoachingStatus.Claimed, CoachName = "Iris" }, request with { Status = CoachingStatus.Completed, CoachName = "Iris" } })
            {
                cards.Add(RequestCard.Json(state, texts, "nl").ToJsonString());
            }
        }

        var result = AdaptiveCardValidator.Validate(cards);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("8 card(s) valid", result.Output);
    }

    [Fact]
    public void DomainTypesDoNotReferenceTheBotSdk()
    {
        // The domain (requests, statuses, ranking, stores) must survive a move off Microsoft.Bot.*.
        var folder = Path.Combine(RepositoryRoot.Path, "bot", "Coaching");
        string[] domain = ["CoachingRequest.cs", "CoachRanker.cs", "ICoachingRequestStore.cs", "OutboxMessage.cs", "MemoryCoachingStore.cs",
            "SqliteCoachingStore.cs", "PostgresCoachingStore.cs", "ReferenceNumber.cs", "CoachingJson.cs", "CoachingOptions.cs", "RetentionService.cs", "CoachingRequestFactory.cs"];
        foreach (var file in domain)
        {
            Assert.DoesNotContain("Microsoft.Bot", File.ReadAllText(Path.Combine(folder, file)));
        }
        foreach (var type in new[] { typeof(CoachingRequest), typeof(CoachRanker), typeof(SqliteCoachingStore), typeof(PostgresCoachingStore), typeof(MemoryCoachingStore) })
        {
            var referenced = type.GetProperties().Select(p => p.PropertyType)
                .Concat(type.GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
            Assert.DoesNotContain(referenced, t => t.FullName?.Contains("Microsoft.Bot", StringComparison.Ordinal) == true);
        }
    }
}
