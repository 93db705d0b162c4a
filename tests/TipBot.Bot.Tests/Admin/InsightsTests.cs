using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Insights;
using TipBot.Bot.Tests.Hosting;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.Admin;

/// <summary>The insights store contract; every case runs against every provider.</summary>
public sealed class InsightsStoreTests : IDisposable
{
    private ProviderScope? _scope;

    public static TheoryData<string> Providers => ProviderScope.All;

    public void Dispose() => _scope?.Dispose();

    private IInsightsStore Create(string provider) => (_scope ??= new ProviderScope(provider)).Insights();

    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TheReportCountsUnansweredQuestionsAcrossSpellingsAndRanksTipsByBadFeedback(string provider)
    {
        var store = Create(provider);
        await store.RecordQuestionAsync(new QuestionLog("q1", "Hoe regel ik een parkeervergunning?", false, [], T0));
        await store.RecordQuestionAsync(new QuestionLog("q2", "hoe regel ik een  parkeervergunning", false, [], T0.AddMinutes(1)));
        await store.RecordQuestionAsync(new QuestionLog("q3", "Wat is de hondenbelasting?", false, [], T0.AddMinutes(2)));
        await store.RecordQuestionAsync(new QuestionLog("q4", "boze bellers", true, ["tip-a", "tip-b"], T0.AddMinutes(3)));
        await store.RecordFeedbackAsync(new TipFeedback("q4", "tip-a", false, T0));
        await store.RecordFeedbackAsync(new TipFeedback("q5", "tip-a", false, T0));
        await store.RecordFeedbackAsync(new TipFeedback("q6", "tip-a", true, T0));
        await store.RecordFeedbackAsync(new TipFeedback("q4", "tip-b", true, T0));
        await store.RecordFeedbackAsync(new TipFeedback("q7", "tip-c", true, T0));
        await store.RecordFeedbackAsync(new TipFeedback("q7", "tip-c", false, T0.AddMinutes(1))); // changed mind: replaces

        var report = await store.GetReportAsync(10);

        Assert.Equal(
            [new UnansweredQuestion("Hoe regel ik een parkeervergunning?", 2), new UnansweredQuestion("Wat is de hondenbelasting?", 1)],
            report.FrequentUnanswered);
        Assert.Equal([new TipFeedbackSummary("tip-a", 1, 2), new TipFeedbackSummary("tip-c", 0, 1)], report.WorstTips);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TopLimitsTheLists(string provider)
    {
        var store = Create(provider);
        for (var i = 0; i < 5; i++)
        {
            await store.RecordQuestionAsync(new QuestionLog($"q{i}", $"vraag {i}", false, [], T0));
        }
        Assert.Equal(2, (await store.GetReportAsync(2)).FrequentUnanswered.Count);
    }
}

public sealed class InsightsEndpointTests
{
    [Fact]
    public async Task WithoutAConfiguredKeyTheEndpointDoesNotExist()
    {
        using var factory = new TipBotFactory();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/insights");
        request.Headers.Add("X-Admin-Key", "");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("geheim-sleutel-voor-tests-")]
    public async Task AMissingOrWrongKeyIs401(string? key)
    {
        using var factory = new TipBotFactory(new() { ["Admin:ApiKey"] = "geheim-sleutel-voor-tests" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/insights");
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task TheRightKeyGetsTheReport(string provider)
    {
        using var factory = new TipBotFactory(new() { ["Admin:ApiKey"] = "geheim-sleutel-voor-tests" }, storage: provider);
        var store = factory.Services.GetRequiredService<IInsightsStore>();
        await store.RecordQuestionAsync(new QuestionLog("q1", "Hoe regel ik een parkeervergunning?", false, [], DateTimeOffset.UtcNow));
        await store.RecordFeedbackAsync(new TipFeedback("q2", "tip-a", false, DateTimeOffset.UtcNow));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/insights?top=5");
        request.Headers.Add("X-Admin-Key", "geheim-sleutel-voor-tests");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Hoe regel ik een parkeervergunning?", (string?)body["frequentUnanswered"]![0]!["text"]);
        Assert.Equal(1, (int?)body["frequentUnanswered"]![0]!["count"]);
        Assert.Equal("tip-a", (string?)body["worstTips"]![0]!["tipId"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("veel")]
    [InlineData("100000")]
    public async Task ABadTopIs400(string top)
    {
        using var factory = new TipBotFactory(new() { ["Admin:ApiKey"] = "geheim-sleutel-voor-tests" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/insights?top=" + top);
        request.Headers.Add("X-Admin-Key", "geheim-sleutel-voor-tests");
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }
}
