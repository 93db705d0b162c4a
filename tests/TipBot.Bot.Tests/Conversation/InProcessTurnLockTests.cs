using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipBot.Bot.Conversation;
using TipBot.Bot.Conversation.TurnLocks;
using TipBot.Bot.Storage;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>
/// Conversation:TurnLock = InProcess (the default on SQLite and Memory): turns of one conversation run one after the
/// other, turns of different conversations do not wait for each other, and no update of a shared counter is lost.
/// </summary>
public sealed class InProcessTurnLockTests
{
    /// <summary>Records how many turns run at once and waits for the test's signal before it ends.</summary>
    private sealed class HoldingBot : IBot
    {
        private int _running;

        public int MostAtOnce { get; private set; }

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SemaphoreSlim Started { get; } = new(0);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this)
            {
                MostAtOnce = Math.Max(MostAtOnce, now);
            }
            Started.Release();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            Interlocked.Decrement(ref _running);
        }
    }

    private static Activity Message(string conversation, int n) => new(ActivityTypes.Message, id: $"m{n}", text: $"bericht {n}",
        channelId: "test", conversation: new ConversationAccount(id: conversation), from: new ChannelAccount("u1"), recipient: new ChannelAccount("bot"));

    private static Task TurnAsync(IBot bot, string conversation, int n) => Task.Run(async () =>
    {
        using var turn = new TurnContext(new TestAdapter(), Message(conversation, n));
        await bot.OnTurnAsync(turn);
    });

    [Fact]
    public async Task ConcurrentTurnsOfOneConversationLoseNoUpdate()
    {
        var storage = new MemoryStorage();
        var turnLock = new InProcessTurnLock();
        // Two bots with state objects of their own (as two requests get), one lock: the process's.
        var bots = Enumerable.Range(0, 2).Select(_ => new SerialisedTurnsBot(
            new CountingBot(new ConversationState(storage), () => Task.Delay(Random.Shared.Next(0, 4))), turnLock)).ToArray();

        await Task.WhenAll(Enumerable.Range(1, 30).Select(n => TurnAsync(bots[n % 2], "shared", n)));

        var state = new ConversationState(storage);
        using var turn = new TurnContext(new TestAdapter(), Message("shared", 0));
        await state.LoadAsync(turn);
        Assert.Equal(30, await state.CreateProperty<int>("count").GetAsync(turn, () => 0));
        Assert.Equal(0, turnLock.HeldCount);
    }

    [Fact]
    public async Task ASecondTurnOfTheSameConversationWaitsForTheFirst()
    {
        var inner = new HoldingBot();
        var bot = new SerialisedTurnsBot(inner, new InProcessTurnLock());

        var first = TurnAsync(bot, "same", 1);
        Assert.True(await inner.Started.WaitAsync(TimeSpan.FromSeconds(10)));
        var second = TurnAsync(bot, "same", 2);

        // The second turn must not start while the first holds the conversation.
        Assert.False(await inner.Started.WaitAsync(TimeSpan.FromMilliseconds(300)));
        inner.Release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1, inner.MostAtOnce);
    }

    [Fact]
    public async Task TurnsOfDifferentConversationsRunAtTheSameTime()
    {
        var inner = new HoldingBot();
        var bot = new SerialisedTurnsBot(inner, new InProcessTurnLock());

        var first = TurnAsync(bot, "conversation-a", 1);
        var second = TurnAsync(bot, "conversation-b", 2);

        // Both start while neither has finished.
        Assert.True(await inner.Started.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await inner.Started.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, inner.MostAtOnce);
        inner.Release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task AWaitThatLastsTooLongFailsAndFreesTheConversation()
    {
        var turnLock = new InProcessTurnLock(TimeSpan.FromMilliseconds(100));
        var held = await turnLock.AcquireAsync("c", CancellationToken.None);

        await Assert.ThrowsAsync<TimeoutException>(() => turnLock.AcquireAsync("c", CancellationToken.None));
        await held.DisposeAsync();

        Assert.Equal(0, turnLock.HeldCount);
        await using var again = await turnLock.AcquireAsync("c", CancellationToken.None);
    }

    [Theory]
    [InlineData(null, null, typeof(InProcessTurnLock))]
    [InlineData(null, "Sqlite", typeof(InProcessTurnLock))]
    [InlineData(null, "Memory", typeof(InProcessTurnLock))]
    [InlineData(null, "Postgres", typeof(StorageTurnLock))]
    [InlineData("Storage", "Sqlite", typeof(StorageTurnLock))]
    [InlineData("inprocess", "Postgres", typeof(InProcessTurnLock))]
    public void TheKindFollowsTheProviderUnlessConfigured(string? configured, string? provider, Type expected)
    {
        using var services = Services(configured, provider);

        Assert.IsType(expected, services.GetRequiredService<ITurnLock>());
    }

    [Fact]
    public void AnUnknownKindIsRefusedWithAClearMessage()
    {
        using var services = Services("Redis", "Sqlite");

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<ITurnLock>());
        Assert.Equal("Conversation:TurnLock 'Redis' is not known; use 'InProcess' or 'Storage'.", error.Message);
    }

    private static ServiceProvider Services(string? configured, string? provider)
    {
        var settings = new Dictionary<string, string?>();
        if (configured is not null)
        {
            settings[TurnLockOptions.Key] = configured;
        }
        if (provider is not null)
        {
            settings["Storage:Provider"] = provider;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var storage = new MemoryStorage();
        services.AddSingleton<IStorage>(storage);
        services.AddSingleton(new UserState(storage));
        services.AddSingleton(new ConversationState(storage));
        services.AddConversation();
        return services.BuildServiceProvider();
    }
}
