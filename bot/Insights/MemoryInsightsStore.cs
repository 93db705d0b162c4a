namespace TipBot.Bot.Insights;

/// <summary>Insights kept in memory (Storage:Provider = Memory); lost on restart.</summary>
public sealed class MemoryInsightsStore : IInsightsStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, QuestionLog> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string QuestionId, string TipId), TipFeedback> _feedback = [];

    public Task RecordQuestionAsync(QuestionLog question, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _questions[question.QuestionId] = question;
        }
        return Task.CompletedTask;
    }

    public Task RecordFeedbackAsync(TipFeedback feedback, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // Changing one's mind on the same tip for the same question replaces the earlier vote.
            _feedback[(feedback.QuestionId, feedback.TipId)] = feedback;
        }
        return Task.CompletedTask;
    }

    public Task<InsightsReport> GetReportAsync(int top, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var unanswered = _questions.Values
                .Where(q => !q.Answered)
                .GroupBy(q => QuestionText.Normalize(q.Text))
                .Select(g => new UnansweredQuestion(g.OrderBy(q => q.AskedAt).First().Text, g.Count()))
                .OrderByDescending(u => u.Count).ThenBy(u => u.Text, StringComparer.Ordinal)
                .Take(top)
                .ToList();
            var worst = _feedback.Values
                .GroupBy(f => f.TipId)
                .Select(g => new TipFeedbackSummary(g.Key, g.Count(f => f.Useful), g.Count(f => !f.Useful)))
                .Where(s => s.NotUseful > 0)
                .OrderByDescending(s => s.NotUseful - s.Useful).ThenByDescending(s => s.NotUseful).ThenBy(s => s.TipId, StringComparer.Ordinal)
                .Take(top)
                .ToList();
            return Task.FromResult(new InsightsReport(unanswered, worst));
        }
    }
}
