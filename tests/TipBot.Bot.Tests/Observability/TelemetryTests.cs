using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using TipBot.Bot.Observability;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Hosting;

namespace TipBot.Bot.Tests.Observability;

/// <summary>A question over HTTP yields TipBot's turn and search measurements and spans, and no question text in spans or logs.</summary>
public sealed class TelemetryTests : IDisposable
{
    private const string Question = "hoe ga ik om met boze inwoners aan de balie";

    private readonly TipBotFactory _factory = new(new()
    {
        ["Knowledge:Path"] = Path.Combine(RepositoryRoot.Path, "knowledge"),
        [ObservabilityExtensions.EnabledKey] = "true",
    }, echoBot: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AQuestionIsMeasuredAndTracedWithoutItsText()
    {
        var spans = new List<Activity>();
        var logs = new CapturedLogs();
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(logs));
            b.ConfigureTestServices(s => s
                .AddSingleton(Library.Search)
                .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        });
        var client = host.CreateClient();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentBag<(string Name, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests' hosts run in the same process.
            if (instrument.Meter.Name == TipBotMetrics.Name && instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Add((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Add((i.Name, v, ToDictionary(tags))));
        listener.Start();

        var activity = Activities.Message(Question);
        activity["deliveryMode"] = "expectReplies";
        // Other tests' hosts trace too (the source is process-wide): this request carries a trace of its own to be told apart by.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("activities", await response.Content.ReadAsStringAsync());

        var turn = Assert.Single(measured, m => m.Name == "tipbot.turn.duration");
        Assert.True(turn.Value > 0);
        Assert.Equal("msteams", turn.Tags["channel"]);
        Assert.Equal(false, turn.Tags["failed"]);
        Assert.Single(measured, m => m.Name == "tipbot.search.duration");
        var question = Assert.Single(measured, m => m.Name == "tipbot.questions");
        Assert.Equal(true, question.Tags["answered"]);

        // The exporter gets the request's span when the response has gone out: wait for it briefly.
        for (var i = 0; i < 100 && !Snapshot(spans).Any(s => s.TraceId == traceId && s.DisplayName == "POST /api/messages"); i++)
        {
            await Task.Delay(20);
        }
        var finished = Snapshot(spans);
        // Keep to this request's trace: a concurrent test's request with a search of its own was once taken for it.
        var trace = finished.Where(s => s.TraceId == traceId).ToList();
        Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/messages");
        var turnSpan = Assert.Single(trace, s => s.OperationName == "tipbot.turn");
        var searchSpan = Assert.Single(trace, s => s.OperationName == "tipbot.search");
        Assert.Equal(turnSpan.SpanId, searchSpan.ParentSpanId);
        Assert.Equal("a:conv;1@thread", turnSpan.GetTagItem("tipbot.conversation.id"));
        Assert.DoesNotContain(trace.SelectMany(s => s.TagObjects), t => t.Value?.ToString()?.Contains("boze inwoners") == true);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("boze inwoners", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AFailingStorageIsCounted()
    {
        using var services = new ServiceCollection().AddTipBotMetrics().BuildServiceProvider();
        var metrics = services.GetRequiredService<TipBotMetrics>();
        long errors = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "tipbot.storage.errors" && instrument.Meter.Scope == services.GetRequiredService<IMeterFactory>())
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref errors, v));
        listener.Start();
        var storage = new MeasuredStorage(new Readiness.UnreachableStorage(), metrics);

        await Assert.ThrowsAsync<IOException>(() => storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<IOException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = 1 }));
        Assert.Equal(2, Interlocked.Read(ref errors));
    }

    /// <summary>A copy of what the exporter has so far; it appends from the request's thread while we read.</summary>
    private static Activity[] Snapshot(List<Activity> spans)
    {
        while (true)
        {
            try
            {
                return [.. spans];
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // Changed while being copied: copy again.
            }
        }
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }
        return result;
    }

    /// <summary>Every log line at Information and above, formatted as a log sink would write it.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Lines.Enqueue(formatter(state, exception) + " " + state);
                }
            }
        }
    }
}
