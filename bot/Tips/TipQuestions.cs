using System.Diagnostics;
using TipBot.Bot.Insights;
using TipBot.Bot.Observability;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tips;

/// <summary>Answers questions from the library and logs each one (without who asked) for the coaches' insights.</summary>
public sealed class TipQuestions(ITipSearch search, IInsightsStore insights, TimeProvider clock, TipBotMetrics metrics)
{
    public const int AnswerSize = 3;

    public async Task<TipAnswer> AskAsync(string question, string? audience, CancellationToken cancellationToken)
    {
        TipAnswer answer;
        using (var span = TipBotMetrics.Source.StartActivity("tipbot.search"))
        {
            var started = Stopwatch.GetTimestamp();
            var result = search.Search(new SearchQuery(question) { Top = AnswerSize, Audience = audience });
            answer = new TipAnswer(Guid.NewGuid().ToString("N"), audience, result);
            metrics.Searched(Stopwatch.GetElapsedTime(started), answer.Answered);
            span?.SetTag("tipbot.search.hits", result.Hits.Count);
            span?.SetTag("tipbot.search.answered", answer.Answered);
        }
        // Weak hits are logged too: they show coaches what the library nearly had.
        var topIds = answer.Result.Hits.Select(h => h.Id).ToList();
        await insights.RecordQuestionAsync(
            new QuestionLog(answer.QuestionId, question, answer.Answered, topIds, clock.GetUtcNow()),
            cancellationToken);
        return answer;
    }

    public SearchResult MoreLikeThis(string tipId) => search.MoreLikeThis(tipId, AnswerSize);

    public TipView? Find(string tipId) => search.Get(tipId) is { } document ? TipView.From(document) : null;

    public Task RecordFeedbackAsync(string questionId, string tipId, bool useful, CancellationToken cancellationToken) =>
        insights.RecordFeedbackAsync(new TipFeedback(questionId, tipId, useful, clock.GetUtcNow()), cancellationToken);
}
