using TipBot.Bot.Insights;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tips;

/// <summary>Answers questions from the library and logs each one (without who asked) for the coaches' insights.</summary>
public sealed class TipQuestions(ITipSearch search, IInsightsStore insights, TimeProvider clock)
{
    public const int AnswerSize = 3;

    public async Task<TipAnswer> AskAsync(string question, string? audience, CancellationToken cancellationToken)
    {
        var result = search.Search(new SearchQuery(question) { Top = AnswerSize, Audience = audience });
        var answer = new TipAnswer(Guid.NewGuid().ToString("N"), audience, result);
        // Weak hits are logged too: they show coaches what the library nearly had.
        var topIds = result.Hits.Select(h => h.Id).ToList();
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
