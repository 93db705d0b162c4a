using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Pacing;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// Posting the request card when the process dies or the channel gives no answer: the Connector cannot be asked
/// whether a thread was made, so the card is posted again at most once per unanswered attempt, and marked for coaches.
/// </summary>
public sealed class CardPostCrashTests : IDisposable
{
    private static readonly TextCatalog Texts = TextCatalog.LoadEmbedded();

    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-cardpost-").FullName;

    private static readonly CoachingOptions Options = new()
    {
        Channel = new CoachingChannelOptions { ServiceUrl = "https://smba.example/", ConversationId = "19:coaches@thread.tacv2" },
        // No lease: the "restarted" dispatcher may take the message the "crashed" one had claimed right away.
        Outbox = new OutboxOptions { FirstRetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero, MaxAttempts = 5, ClaimLease = TimeSpan.Zero },
    };

    /// <summary>The coaches' channel: records every card that reached it, and can fail the way a test asks.</summary>
    private sealed class Channel : ICoachingChannelClient
    {
        public ConcurrentQueue<IActivity> Posted { get; } = new();

        /// <summary>Runs after the card reached the channel, before its id is handed back (a crash goes here).</summary>
        public Action? AfterPost { get; set; }

        /// <summary>Thrown instead of posting (the channel refused or did not answer).</summary>
        public DeliveryException? Refuse { get; set; }

        public Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken)
        {
            if (Refuse is { } refusal)
            {
                Refuse = null;
                throw refusal;
            }
            Posted.Enqueue(activity);
            AfterPost?.Invoke();
            var n = Posted.Count;
            return Task.FromResult(($"19:coaches@thread.tacv2;messageid={n}", $"{n}"));
        }

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A fresh store object over the same database file, as a restarted process would open it.</summary>
    private SqliteCoachingStore Store() => new($"Data Source={Path.Combine(_folder, "tipbot.db")}");

    private static OutboxDispatcher Dispatcher(SqliteCoachingStore store, ICoachingChannelClient channel) => new(
        store, store, channel, Texts, Microsoft.Extensions.Options.Options.Create(Options), new OutboxSignal(), new ChannelPacers(TimeProvider.System), TimeProvider.System,
        NullLogger<OutboxDispatcher>.Instance);

    private static async Task<CoachingRequest> SubmitAsync(SqliteCoachingStore store)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new CoachingRequest
        {
            Id = Guid.NewGuid().ToString("N"), Reference = ReferenceNumber.New(), CreatedAt = now, OrganisationType = "gemeente",
            OrganisationName = "Gemeente Ede", Question = "Hoe schrijven we begrijpelijke brieven?", Phase = "plan",
            HelpForm = HelpForm.Conversations, ContactName = "Sam", Email = "sam@ede.nl",
        };
        await store.AddAsync(request, [OutboxMessage.For(request, OutboxKind.PostRequestCard, now)]);
        return request;
    }

    private static string CardText(IActivity activity) => ((Activity)activity).Attachments[0].Content.ToString()!;

    private static string RepeatNote(CoachingRequest request) => Texts.Get(Options.CoachesLocale, "coaching.card.maybeRepeat", request.Reference);

    [Fact]
    public async Task AProcessThatDiesBetweenPostingAndSavingPostsOnceMoreAfterTheRestartMarkedAsAPossibleRepeat()
    {
        var channel = new Channel();
        CoachingRequest request;
        using (var stopping = new CancellationTokenSource())
        {
            var store = Store();
            request = await SubmitAsync(store);
            // The card reaches the channel, then the host stops before the answer is stored.
            channel.AfterPost = () => { stopping.Cancel(); stopping.Token.ThrowIfCancellationRequested(); };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(store, channel).DrainAsync(stopping.Token));
        }
        Assert.Single(channel.Posted);
        Assert.DoesNotContain(RepeatNote(request), CardText(channel.Posted.First()), StringComparison.Ordinal);

        channel.AfterPost = null;
        var restarted = Store();
        Assert.Equal(1, await Dispatcher(restarted, channel).DrainAsync());
        Assert.Equal(2, channel.Posted.Count);
        Assert.Contains(RepeatNote(request), CardText(channel.Posted.Last()), StringComparison.Ordinal);

        // The second card's address and its delivered outbox message were stored together; nothing is posted again.
        var stored = (await restarted.GetAsync(request.Id))!;
        Assert.Equal("2", stored.CardActivityId);
        Assert.True(stored.CardMayBeDuplicate);
        Assert.Null(stored.CardPostStartedAt);
        var message = Assert.Single(await restarted.ForRequestAsync(request.Id));
        Assert.NotNull(message.DeliveredAt);
        Assert.Equal(0, await Dispatcher(Store(), channel).DrainAsync());
        Assert.Equal(2, channel.Posted.Count);
    }

    [Fact]
    public async Task APostTheChannelRefusedIsPostedAgainWithoutTheRepeatMark()
    {
        var channel = new Channel { Refuse = new DeliveryException("Channel answered 503", transient: true, mayHaveArrived: false) };
        var store = Store();
        var request = await SubmitAsync(store);

        Assert.Equal(0, await Dispatcher(store, channel).DrainAsync());
        Assert.Null((await store.GetAsync(request.Id))!.CardPostStartedAt);
        Assert.Equal(1, await Dispatcher(store, channel).DrainAsync());

        var card = Assert.Single(channel.Posted);
        Assert.DoesNotContain(RepeatNote(request), CardText(card), StringComparison.Ordinal);
        Assert.False((await store.GetAsync(request.Id))!.CardMayBeDuplicate);
    }

    [Fact]
    public async Task APostThatTimedOutIsPostedAgainMarkedAsAPossibleRepeat()
    {
        var channel = new Channel { Refuse = new DeliveryException("Channel did not answer in time.", transient: true) };
        var store = Store();
        var request = await SubmitAsync(store);

        Assert.Equal(0, await Dispatcher(store, channel).DrainAsync());
        Assert.Equal(1, await Dispatcher(store, channel).DrainAsync());

        Assert.Contains(RepeatNote(request), CardText(Assert.Single(channel.Posted)), StringComparison.Ordinal);
        Assert.True((await store.GetAsync(request.Id))!.CardMayBeDuplicate);
    }
}
