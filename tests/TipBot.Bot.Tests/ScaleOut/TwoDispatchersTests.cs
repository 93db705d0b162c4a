using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Pacing;
using TipBot.Bot.Tests.Storage;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>One outbox drained by two dispatchers at once (two instances on one database): each notification is sent once.</summary>
public sealed class TwoDispatchersTests : IDisposable
{
    private ProviderScope? _scope;

    public static TheoryData<string> Providers => ProviderScope.All;

    public void Dispose() => _scope?.Dispose();

    /// <summary>A fake coaches' channel that counts what arrives per request (the card's summary names the reference).</summary>
    private sealed class CountingChannel : ICoachingChannelClient
    {
        public ConcurrentDictionary<string, int> Posts { get; } = new();

        public async Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken)
        {
            // A real channel takes a moment: long enough for the other dispatcher to try the same message.
            await Task.Delay(Random.Shared.Next(0, 5), cancellationToken);
            var summary = activity.AsMessageActivity().Summary;
            Posts.AddOrUpdate(summary, 1, (_, n) => n + 1);
            return ("thread", "card-" + summary);
        }

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static CoachingRequest Request(int n) => new()
    {
        Id = $"r{n}",
        Reference = $"C-{n:D6}",
        CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        OrganisationType = "gemeente",
        OrganisationName = "Gemeente Ede",
        Question = "Hoe voeren we een goed gesprek?",
        Phase = "verkennen",
        HelpForm = HelpForm.Conversations,
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoDispatchersDrainingOneOutboxSendEachMessageExactlyOnce(string provider)
    {
        const int count = 60;
        var scope = _scope ??= new ProviderScope(provider);
        var setup = scope.Coaching();
        for (var n = 0; n < count; n++)
        {
            var request = Request(n);
            await setup.AddAsync(request, [OutboxMessage.For(request, OutboxKind.PostRequestCard, request.CreatedAt)]);
        }
        var channel = new CountingChannel();
        var texts = TextCatalog.LoadEmbedded();
        var options = Options.Create(new CoachingOptions());
        var dispatchers = Enumerable.Range(0, 2).Select(_ =>
        {
            var store = scope.Coaching();
            return new OutboxDispatcher((ICoachingOutbox)store, store, channel, texts, options, new OutboxSignal(), new ChannelPacers(TimeProvider.System), TimeProvider.System,
                NullLogger<OutboxDispatcher>.Instance);
        }).ToList();

        var delivered = await Task.WhenAll(dispatchers.Select(d => Task.Run(async () =>
        {
            var total = 0;
            for (var round = 0; round < 10; round++)
            {
                total += await d.DrainAsync();
            }
            return total;
        })));

        Assert.Equal(count, delivered.Sum());
        Assert.Equal(count, channel.Posts.Count);
        Assert.All(channel.Posts, p => Assert.Equal(1, p.Value));
        var requests = await scope.Coaching().ListAsync();
        Assert.All(requests, r => Assert.Equal("card-" + texts.Get("nl", "coaching.card.title", r.Reference), r.CardActivityId));
        foreach (var request in requests)
        {
            var message = Assert.Single(await ((ICoachingOutbox)setup).ForRequestAsync(request.Id));
            Assert.NotNull(message.DeliveredAt);
            Assert.Equal(1, message.Attempts);
        }
    }
}
