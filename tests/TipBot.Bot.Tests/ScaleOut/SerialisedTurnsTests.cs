using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using TipBot.Bot.Conversation;
using TipBot.Bot.Conversation.TurnLocks;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.ScaleOut;

/// <summary>
/// Concurrent turns of one conversation on two "instances" (own state objects, shared storage) lose no update with the
/// storage turn lease (Conversation:TurnLock = Storage, the default on PostgreSQL).
/// </summary>
public sealed class SerialisedTurnsTests : IDisposable
{
    private ProviderScope? _scope;

    public static TheoryData<string> Providers => ProviderScope.All;

    public void Dispose() => _scope?.Dispose();

    private static Activity Message(int n) => new(ActivityTypes.Message, id: $"m{n}", text: $"bericht {n}", channelId: "test",
        conversation: new ConversationAccount(id: "shared-conversation"), from: new ChannelAccount("u1"), recipient: new ChannelAccount("bot"));

    private static Task TurnAsync(IBot bot, int n) => Task.Run(async () =>
    {
        using var turn = new TurnContext(new TestAdapter(), Message(n));
        await bot.OnTurnAsync(turn);
    });

    private static async Task<int> CountAsync(IStorage storage)
    {
        var state = new ConversationState(storage);
        using var turn = new TurnContext(new TestAdapter(), Message(0));
        await state.LoadAsync(turn);
        return await state.CreateProperty<int>("count").GetAsync(turn, () => 0);
    }

    private static SerialisedTurnsBot Serialised(IBot inner, IStorage storage) =>
        new(inner, new StorageTurnLock(storage, TimeProvider.System, NullLogger.Instance));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentTurnsOnTwoInstancesAreSerialisedAndLoseNoUpdate(string provider)
    {
        var scope = _scope ??= new ProviderScope(provider);
        var instances = Enumerable.Range(0, 2).Select(_ =>
        {
            var storage = scope.Storage();
            return Serialised(new CountingBot(new ConversationState(storage), () => Task.Delay(Random.Shared.Next(0, 4))), storage);
        }).ToArray();

        await Task.WhenAll(Enumerable.Range(1, 30).Select(n => TurnAsync(instances[n % 2], n)));

        Assert.Equal(30, await CountAsync(scope.Storage()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WithoutTheLeaseTwoOverlappingTurnsLoseAnUpdate(string provider)
    {
        // The control: the counting bot really does lose an update when nothing serialises the turns.
        var scope = _scope ??= new ProviderScope(provider);
        using var bothRead = new Barrier(2);
        var instances = Enumerable.Range(0, 2).Select(_ =>
            new CountingBot(new ConversationState(scope.Storage()), () => Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(10))))).ToArray();

        await Task.WhenAll(TurnAsync(instances[0], 1), TurnAsync(instances[1], 2));

        Assert.Equal(1, await CountAsync(scope.Storage()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ALeaseLeftByADeadInstanceExpiresAndTheTurnThenRuns(string provider)
    {
        var scope = _scope ??= new ProviderScope(provider);
        var storage = scope.Storage();
        // What a killed instance leaves behind: a lease it never released.
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["test/turnlease/shared-conversation"] = new TurnLease { Owner = "killed-instance", Until = DateTimeOffset.UtcNow.AddMilliseconds(300) },
        });
        var bot = Serialised(new CountingBot(new ConversationState(storage), () => Task.CompletedTask), storage);

        await TurnAsync(bot, 1);
        await TurnAsync(bot, 2);

        Assert.Equal(2, await CountAsync(storage));
    }
}
