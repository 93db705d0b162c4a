using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Pacing;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>The outbox without HTTP: what is sent for each message kind, and how failures are kept.</summary>
public class OutboxDispatcherTests
{
    private sealed class RecordingChannelClient : ICoachingChannelClient
    {
        public ConcurrentQueue<(string Op, IActivity Activity)> Sent { get; } = new();

        public Func<DeliveryException?> Fail { get; set; } = () => null;

        public Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken)
        {
            Record("post", activity);
            return Task.FromResult(("thread-1", "card-1"));
        }

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken)
        {
            Record("update", activity);
            return Task.CompletedTask;
        }

        public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
        {
            Record("send:" + reference.Conversation.Id, activity);
            return Task.CompletedTask;
        }

        private void Record(string op, IActivity activity)
        {
            if (Fail() is { } failure)
            {
                throw failure;
            }
            Sent.Enqueue((op, activity));
        }
    }

    /// <summary>A channel that never answers until the call is cancelled, then fails as the connector client does.</summary>
    private sealed class HangingChannelClient : ICoachingChannelClient
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken)
        {
            await HangAsync(cancellationToken);
            return ("never", "never");
        }

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken) =>
            HangAsync(cancellationToken);

        public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) => HangAsync(cancellationToken);

        private async Task HangAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (TaskCanceledException e)
            {
                throw new DeliveryException("Channel did not answer in time.", transient: true, inner: e);
            }
        }
    }

    private static async Task<(IntakeHarness Harness, CoachingRequest Request)> SubmittedAsync(CoachingOptions options)
    {
        var h = new IntakeHarness(configure: s => s.AddSingleton<IOptions<CoachingOptions>>(Options.Create(options)));
        await h.SayAsync("coach");
        foreach (var step in IntakeScripts.Conversations)
        {
            await h.SayAsync(step.Answer);
        }
        return (h, Assert.Single(await h.Store.ListAsync()));
    }

    private static OutboxDispatcher Dispatcher(IntakeHarness h, ICoachingChannelClient channel, CoachingOptions options) => new(
        (ICoachingOutbox)h.Store, h.Store, channel, TextCatalog.LoadEmbedded(), Options.Create(options), new OutboxSignal(), new ChannelPacers(TimeProvider.System), TimeProvider.System,
        h.Services.GetRequiredService<TipBot.Bot.Observability.TipBotMetrics>(),
        NullLogger<OutboxDispatcher>.Instance);

    private static CoachingOptions Configured(bool emitHandoff = false) => new()
    {
        EmitHandoff = emitHandoff,
        Channel = new CoachingChannelOptions { ServiceUrl = "https://smba.example/", ConversationId = "19:coaches@thread.tacv2" },
        Outbox = new OutboxOptions { FirstRetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero, MaxAttempts = 3 },
    };

    [Fact]
    public async Task EmitHandoffSendsTheHandoffInitiateEventWithATranscript()
    {
        var options = Configured(emitHandoff: true);
        var (h, request) = await SubmittedAsync(options);
        await using var _ = h;
        var channel = new RecordingChannelClient();

        Assert.Equal(2, await Dispatcher(h, channel, options).DrainAsync());

        var handoff = Assert.Single(channel.Sent, s => s.Activity.Type == ActivityTypes.Event).Activity.AsEventActivity();
        Assert.Equal("handoff.initiate", handoff.Name);
        Assert.Equal(request.Reference, ((JObject)handoff.Value)["reference"]!.ToString());
        var transcript = Assert.Single(((Activity)handoff).Attachments);
        Assert.Equal("application/json", transcript.ContentType);
        Assert.Equal("Transcript", transcript.Name);
        Assert.Contains("Gemeente Wageningen", ((JObject)transcript.Content).ToString());
        Assert.Equal("card-1", (await h.Store.GetAsync(request.Id))!.CardActivityId);
    }

    [Fact]
    public async Task ClaimByActionSubmitFallbackQueuesTheCardUpdateAndTheRequestersMessage()
    {
        var options = Configured();
        var (h, request) = await SubmittedAsync(options);
        await using var _ = h;
        var channel = new RecordingChannelClient();
        var dispatcher = Dispatcher(h, channel, options);
        await dispatcher.DrainAsync();

        // Action.Submit (older hosts): a message whose value carries the verb and the request.
        var replies = await h.SubmitAsync(new JObject { ["verb"] = "claim", ["requestId"] = request.Id });
        Assert.Contains(h.T("coaching.claim.done", request.Reference), replies.AllText());
        Assert.Equal(CoachingStatus.Claimed, (await h.Store.GetAsync(request.Id))!.Status);

        Assert.Equal(2, await dispatcher.DrainAsync());
        Assert.Contains(channel.Sent, s => s.Op == "update" && s.Activity.AsMessageActivity().Attachments[0].Content.ToString()!.Contains("Opgepakt door"));
        Assert.Contains(channel.Sent, s => s.Op.StartsWith("send:", StringComparison.Ordinal) && s.Activity.AsMessageActivity().Text.Contains(request.Reference));

        // A second press changes nothing and says who has it.
        replies = await h.SubmitAsync(new JObject { ["verb"] = "claim", ["requestId"] = request.Id });
        var coach = (await h.Store.GetAsync(request.Id))!.CoachName;
        Assert.Contains(h.T("coaching.claim.taken", request.Reference, coach), replies.AllText());
        Assert.Equal(0, await dispatcher.DrainAsync());
    }

    [Fact]
    public async Task APermanentErrorIsMarkedFailedAndTransientOnesAreRetriedUpToTheLimit()
    {
        var options = Configured();
        var (h, request) = await SubmittedAsync(options);
        await using var _ = h;
        var outbox = (ICoachingOutbox)h.Store;

        var channel = new RecordingChannelClient { Fail = () => new DeliveryException("400", transient: false) };
        await Dispatcher(h, channel, options).DrainAsync();
        var message = Assert.Single(await outbox.ForRequestAsync(request.Id));
        Assert.True(message.Failed);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.DeliveredAt);

        await outbox.SaveAsync(message with { Failed = false, Attempts = 0 });
        channel.Fail = () => new DeliveryException("503", transient: true);
        var dispatcher = Dispatcher(h, channel, options);
        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DrainAsync();
        }
        message = Assert.Single(await outbox.ForRequestAsync(request.Id));
        Assert.Equal(3, message.Attempts);
        Assert.True(message.Failed);
        Assert.Equal("503", message.LastError);
    }
    [Fact]
    public async Task TheBacklogGaugeCountsEveryUndeliveredMessageNotOnlyThoseTriedInThePass()
    {
        var options = Configured();
        options.Outbox.FirstRetryDelay = TimeSpan.FromHours(1);
        options.Outbox.MaxRetryDelay = TimeSpan.FromHours(1);
        var (h, request) = await SubmittedAsync(options);
        await using var _ = h;
        var outbox = (ICoachingOutbox)h.Store;
        long? backlog = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "tipbot.outbox.backlog" && instrument.Meter.Scope == h.Services.GetRequiredService<IMeterFactory>())
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => backlog = v);
        listener.Start();
        long? Backlog()
        {
            backlog = null;
            listener.RecordObservableInstruments();
            return backlog;
        }

        var channel = new RecordingChannelClient { Fail = () => new DeliveryException("503", transient: true) };
        var dispatcher = Dispatcher(h, channel, options);
        await dispatcher.DrainAsync();
        Assert.Equal(1, Backlog());

        // The next pass finds nothing due (the retry is an hour away), yet the card is still owed.
        Assert.Equal(0, await dispatcher.DrainAsync());
        Assert.Equal(1, Backlog());

        channel.Fail = () => null;
        var message = Assert.Single(await outbox.ForRequestAsync(request.Id));
        await outbox.SaveAsync(message with { NextAttemptAt = DateTimeOffset.UtcNow });
        Assert.Equal(1, await dispatcher.DrainAsync());
        Assert.Equal(0, Backlog());
    }
    [Fact]
    public async Task AStopInTheMiddleOfAPassIsNoAttemptAndHandsTheMessagesBackAtOnce()
    {
        var options = Configured(emitHandoff: true);
        var (h, request) = await SubmittedAsync(options);
        await using var _ = h;
        var outbox = (ICoachingOutbox)h.Store;
        var channel = new HangingChannelClient();
        using var stop = new CancellationTokenSource();

        var pass = Dispatcher(h, channel, options).DrainAsync(stop.Token);
        await channel.Started.Task;
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);

        // The one cut off and the one not tried yet: no attempt counted, due again now rather than after the claim lease.
        var messages = await outbox.ForRequestAsync(request.Id);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.True(m.Attempts == 0 && m.DeliveredAt is null && !m.Failed, $"{m.Kind}: {m.Attempts} attempts"));
        Assert.Equal(2, (await outbox.ClaimDueAsync(DateTimeOffset.UtcNow.AddSeconds(1), 10, TimeSpan.FromMinutes(2))).Count);
    }
}
