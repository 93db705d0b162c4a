using System.Collections.Concurrent;
using TipBot.Bot.Insights;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>Keeps what the bot records, so tests can check that questions and feedback are logged.</summary>
internal sealed class RecordingInsightsStore : IInsightsStore
{
    public ConcurrentQueue<QuestionLog> Questions { get; } = new();

    public ConcurrentQueue<TipFeedback> Feedback { get; } = new();

    public Task RecordQuestionAsync(QuestionLog question, CancellationToken cancellationToken = default)
    {
        Questions.Enqueue(question);
        return Task.CompletedTask;
    }

    public Task RecordFeedbackAsync(TipFeedback feedback, CancellationToken cancellationToken = default)
    {
        Feedback.Enqueue(feedback);
        return Task.CompletedTask;
    }

    public Task<InsightsReport> GetReportAsync(int top, CancellationToken cancellationToken = default) =>
        Task.FromResult(new InsightsReport([], []));
}
