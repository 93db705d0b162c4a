namespace TipBot.Bot.Insights;

/// <summary>A question as asked, with no user identity: what coaches learn from.</summary>
public sealed record QuestionLog(string QuestionId, string Text, bool Answered, IReadOnlyList<string> TopIds, DateTimeOffset AskedAt);

/// <summary>"Nuttig" / "Niet nuttig" on one tip shown for one question.</summary>
public sealed record TipFeedback(string QuestionId, string TipId, bool Useful, DateTimeOffset GivenAt);

public sealed record UnansweredQuestion(string Text, int Count);

public sealed record TipFeedbackSummary(string TipId, int Useful, int NotUseful);

/// <summary>What GET /api/insights shows coaches.</summary>
public sealed record InsightsReport(IReadOnlyList<UnansweredQuestion> FrequentUnanswered, IReadOnlyList<TipFeedbackSummary> WorstTips);

/// <summary>Stores questions and feedback without user identity.</summary>
public interface IInsightsStore
{
    Task RecordQuestionAsync(QuestionLog question, CancellationToken cancellationToken = default);

    Task RecordFeedbackAsync(TipFeedback feedback, CancellationToken cancellationToken = default);

    Task<InsightsReport> GetReportAsync(int top, CancellationToken cancellationToken = default);
}
