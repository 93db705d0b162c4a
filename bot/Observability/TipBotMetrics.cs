using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TipBot.Bot.Observability;

/// <summary>TipBot's own spans and instruments (source and meter "TipBot"): turns, searches, answers, the outbox and storage.</summary>
public sealed class TipBotMetrics
{
    public const string Name = "TipBot";

    /// <summary>Spans for turns and searches; the ASP.NET Core span of the request is their parent.</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _questions;
    private readonly Counter<long> _storageErrors;
    private long _outboxBacklog;

    public TipBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _turnDuration = meter.CreateHistogram<double>("tipbot.turn.duration", "ms", "Time to run one turn (one activity in, its replies out).");
        _searchDuration = meter.CreateHistogram<double>("tipbot.search.duration", "ms", "Time to search the library for one question.");
        _questions = meter.CreateCounter<long>("tipbot.questions", "{question}", "Questions asked; tag answered says whether a tip matched well.");
        _storageErrors = meter.CreateCounter<long>("tipbot.storage.errors", "{error}", "Storage reads and writes that failed.");
        meter.CreateObservableGauge("tipbot.outbox.backlog", () => Interlocked.Read(ref _outboxBacklog), "{message}",
            "Coaching outbox messages not yet delivered nor given up (all instances), counted after each outbox pass.");
    }

    public void TurnFinished(string? channel, string? activityType, TimeSpan elapsed, bool failed) =>
        _turnDuration.Record(elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("channel", channel),
            new KeyValuePair<string, object?>("activity.type", activityType),
            new KeyValuePair<string, object?>("failed", failed));

    public void Searched(TimeSpan elapsed, bool answered)
    {
        _searchDuration.Record(elapsed.TotalMilliseconds);
        _questions.Add(1, new KeyValuePair<string, object?>("answered", answered));
    }

    public void StorageFailed(string operation) => _storageErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void OutboxBacklog(long messages) => Interlocked.Exchange(ref _outboxBacklog, messages);
}
