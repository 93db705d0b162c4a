using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Pacing;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// The outbox keeps to Teams' per-conversation limits: a burst to one conversation is spread out and all of it
/// arrives, other conversations do not wait for it, and a 429 stops that conversation for its Retry-After.
/// </summary>
public class OutboxPacingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = Start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>A Teams-like channel that records when each message reached which conversation.</summary>
    private sealed class FakeChannel(ManualClock clock) : ICoachingChannelClient
    {
        public ConcurrentQueue<(string Conversation, DateTimeOffset At, string Text)> Received { get; } = new();

        /// <summary>The next send to this conversation is answered 429 with this Retry-After.</summary>
        public (string Conversation, TimeSpan RetryAfter)? Throttle { get; set; }

        public List<(string Conversation, DateTimeOffset At)> Refused { get; } = [];

        public Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
        {
            var conversation = reference.Conversation.Id;
            if (Throttle is { } t && t.Conversation == conversation)
            {
                Throttle = null;
                Refused.Add((conversation, clock.Now));
                throw new DeliveryException("Channel answered 429", transient: true, t.RetryAfter, mayHaveArrived: false, rateLimited: true);
            }
            Received.Enqueue((conversation, clock.Now, activity.AsMessageActivity().Text));
            return Task.CompletedTask;
        }
    }

    private static async Task<List<string>> QueueNoticesAsync(MemoryCoachingStore store, string conversation, int count)
    {
        var references = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var reference = $"C-{conversation[^1]}{i:D4}";
            var address = new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = "https://smba.example/",
                Conversation = new ConversationAccount(id: conversation),
                User = new ChannelAccount("29:user"),
                Bot = new ChannelAccount("28:bot"),
            };
            var request = new CoachingRequest
            {
                Id = Guid.NewGuid().ToString("N"), Reference = reference, CreatedAt = Start, OrganisationType = "gemeente",
                OrganisationName = "Gemeente", Question = "vraag", Phase = "plan", HelpForm = HelpForm.Conversations,
                Status = CoachingStatus.Claimed, CoachName = "Coach", RequesterAddress = JsonConvert.SerializeObject(address),
            };
            await store.AddAsync(request, [OutboxMessage.For(request, OutboxKind.NotifyRequester, Start, CoachingStatus.Claimed)]);
            references.Add(reference);
        }
        return references;
    }

    private static OutboxDispatcher Dispatcher(MemoryCoachingStore store, FakeChannel channel, ManualClock clock) => new(
        store, store, channel, TextCatalog.LoadEmbedded(),
        Options.Create(new CoachingOptions { Outbox = new OutboxOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(100), MaxAttempts = 5 } }),
        new OutboxSignal(), new ChannelPacers(clock), clock, NullLogger<OutboxDispatcher>.Instance);

    /// <summary>Drains every 100 ms of simulated time until nothing is left or the time is up.</summary>
    private static async Task RunAsync(OutboxDispatcher dispatcher, MemoryCoachingStore store, ManualClock clock, TimeSpan limit)
    {
        while (clock.Now - Start < limit)
        {
            await dispatcher.DrainAsync();
            if (await AllDeliveredAsync(store))
            {
                return;
            }
            clock.Now += TimeSpan.FromMilliseconds(100);
        }
    }

    [Fact]
    public async Task ABurstToOneConversationIsPacedToTeamsLimitsWithNothingLostWhileAnotherConversationGoesRightAway()
    {
        var clock = new ManualClock();
        var store = new MemoryCoachingStore();
        var busy = await QueueNoticesAsync(store, "a:busy", 70);
        var other = await QueueNoticesAsync(store, "a:other", 1);
        var channel = new FakeChannel(clock);

        await RunAsync(Dispatcher(store, channel, clock), store, clock, TimeSpan.FromMinutes(5));

        // Every notice arrived once, in order.
        var toBusy = channel.Received.Where(r => r.Conversation == "a:busy").ToList();
        Assert.Equal(busy, toBusy.Select(r => ReferenceIn(r.Text)).ToList());
        var toOther = Assert.Single(channel.Received, r => r.Conversation == "a:other");
        Assert.Equal(other[0], ReferenceIn(toOther.Text));

        // The other conversation did not queue behind the burst.
        Assert.Equal(Start, toOther.At);

        // No window of Teams' limits ever saw more than allowed; 70 messages need more than one 30-second window.
        foreach (var window in RateWindow.Teams)
        {
            for (var i = 0; i < toBusy.Count; i++)
            {
                var inWindow = toBusy.Count(r => r.At >= toBusy[i].At && r.At < toBusy[i].At + window.Per);
                Assert.True(inWindow <= window.Count, $"{inWindow} messages within {window.Per} from {toBusy[i].At:O} (limit {window.Count})");
            }
        }
        Assert.True(toBusy[^1].At - toBusy[0].At >= TimeSpan.FromSeconds(30));
        Assert.All(await store.ForRequestAsync((await store.GetAsync(busy[^1]))!.Id), m => Assert.NotNull(m.DeliveredAt));
    }

    [Fact]
    public async Task A429StopsOnlyThatConversationForItsRetryAfterAndThenEverythingArrives()
    {
        var clock = new ManualClock();
        var store = new MemoryCoachingStore();
        await QueueNoticesAsync(store, "a:throttled", 3);
        var channel = new FakeChannel(clock) { Throttle = ("a:throttled", TimeSpan.FromSeconds(3)) };
        var dispatcher = Dispatcher(store, channel, clock);

        await dispatcher.DrainAsync();
        Assert.Single(channel.Refused);
        Assert.Empty(channel.Received);

        // While the conversation waits out its Retry-After, a new conversation is served at once.
        clock.Now += TimeSpan.FromSeconds(1);
        await QueueNoticesAsync(store, "a:fresh", 1);
        await dispatcher.DrainAsync();
        Assert.Equal(["a:fresh"], channel.Received.Select(r => r.Conversation));

        await RunAsync(dispatcher, store, clock, TimeSpan.FromMinutes(1));
        var throttled = channel.Received.Where(r => r.Conversation == "a:throttled").ToList();
        Assert.Equal(3, throttled.Count);
        Assert.All(throttled, r => Assert.True(r.At >= Start + TimeSpan.FromSeconds(3), $"sent at {r.At:O}, before Retry-After ended"));
    }

    private static async Task<bool> AllDeliveredAsync(MemoryCoachingStore store)
    {
        foreach (var request in await store.ListAsync())
        {
            if ((await store.ForRequestAsync(request.Id)).Any(m => m.DeliveredAt is null))
            {
                return false;
            }
        }
        return true;
    }

    private static string ReferenceIn(string text) => System.Text.RegularExpressions.Regex.Match(text, @"C-[a-z0-9]+\d{4}").Value;
}
