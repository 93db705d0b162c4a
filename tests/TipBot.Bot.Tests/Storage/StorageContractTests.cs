using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Tests.Storage;

/// <summary>The IStorage contract as the SDK's MemoryStorage defines it; every case runs against every provider.</summary>
public sealed class StorageContractTests : IDisposable
{
    private ProviderScope? _scope;

    public static TheoryData<string> Providers => ProviderScope.All;

    public void Dispose() => _scope?.Dispose();

    private IStorage Create(string provider) => (_scope ??= new ProviderScope(provider)).Storage();

    private sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public int Count { get; set; }
        public string? ETag { get; set; }
    }

    private static async Task<JObject?> ReadOne(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) ? JObject.FromObject(value) : null;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AMissingKeyIsAbsentFromTheResult(string provider)
    {
        var storage = Create(provider);
        var items = await storage.ReadAsync(["nobody"]);
        Assert.Empty(items);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateThenReadGivesTheValueWithAnETag(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "hallo", Count = 2 } });

        var read = await ReadOne(storage, "a");

        Assert.NotNull(read);
        Assert.Equal("hallo", (string?)read["Text"]);
        Assert.Equal(2, (int?)read["Count"]);
        Assert.False(string.IsNullOrEmpty((string?)read["ETag"]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateWithAnyETagSucceedsWhenNothingIsStored(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "eerste", ETag = "made-up" } });
        Assert.Equal("eerste", (string?)(await ReadOne(storage, "a"))!["Text"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateWithTheMatchingETagSucceedsAndChangesTheETag(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        var first = (string?)(await ReadOne(storage, "a"))!["ETag"];

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2", ETag = first } });

        var read = (await ReadOne(storage, "a"))!;
        Assert.Equal("v2", (string?)read["Text"]);
        Assert.NotEqual(first, (string?)read["ETag"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateWithAStaleETagFailsAndKeepsTheNewerValue(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        var stale = (string?)(await ReadOne(storage, "a"))!["ETag"];
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2", ETag = stale } });

        await Assert.ThrowsAnyAsync<Exception>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v3", ETag = stale } }));

        Assert.Equal("v2", (string?)(await ReadOne(storage, "a"))!["Text"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateWithANullETagOverAStoredItemFails(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });

        await Assert.ThrowsAnyAsync<Exception>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2", ETag = null } }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateWithStarAlwaysWins(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v2", ETag = "*" } });
        Assert.Equal("v2", (string?)(await ReadOne(storage, "a"))!["Text"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PlainObjectsAreLastWriteWins(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Dictionary<string, object> { ["x"] = 1 } });
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Dictionary<string, object> { ["x"] = 2 } });
        Assert.Equal(2, (int?)(await ReadOne(storage, "a"))!["x"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteRemovesAndDeletingTwiceIsFine(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "v1" }, ["b"] = new Note { Text = "b" } });

        await storage.DeleteAsync(["a"]);
        await storage.DeleteAsync(["a", "never-there"]);

        var items = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(["b"], items.Keys);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KeysWithOddCharactersRoundTrip(string provider)
    {
        var storage = Create(provider);
        const string key = "msteams/conversations/a:1;messageid=2@thread.v2 ' \" %/users/29:abc";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "ok" } });
        Assert.Equal("ok", (string?)(await ReadOne(storage, key))!["Text"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoWritersWithTheSameETagOneWinsTheOtherFails(string provider)
    {
        var storage = Create(provider);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "start" } });
        var etag = (string?)(await ReadOne(storage, "a"))!["ETag"];

        for (var round = 0; round < 20; round++)
        {
            using var go = new ManualResetEventSlim();
            var writers = Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
            {
                go.Wait();
                await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = $"writer {i}", ETag = etag } });
            })).ToArray();
            go.Set();
            var outcomes = await Task.WhenAll(writers.Select(async w =>
            {
                try
                {
                    await w;
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }
            }));

            Assert.Equal(1, outcomes.Count(won => won));
            var stored = (await ReadOne(storage, "a"))!;
            Assert.Equal($"writer {Array.IndexOf(outcomes, true)}", (string?)stored["Text"]);
            etag = (string?)stored["ETag"];
        }
    }

    /// <summary>
    /// Typed dialog state, as the architecture asks: a record in, the same record out. Every provider keeps .NET type
    /// names (TypeNameHandling.All), so list properties must hold a constructible type (an array or List, not the
    /// compiler's type for a collection expression assigned to IReadOnlyList).
    /// </summary>
    public sealed record IntakeProgress(string Step, int Attempts, long Big, DateTimeOffset Started, IReadOnlyList<string> Answers, Dictionary<string, int> Scores);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TypedStateRoundTripsThroughConversationState(string provider)
    {
        var storage = Create(provider);
        var expected = new IntakeProgress("goal", 2, long.MaxValue, new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1)), new[] { "a", "b" }, new() { ["x"] = 3 });
        var activity = new Activity(ActivityTypes.Message, channelId: "test", conversation: new ConversationAccount(id: "c1"), from: new ChannelAccount("u1"), recipient: new ChannelAccount("bot"));

        await InTurn(storage, activity, async (state, turn) =>
            await state.CreateProperty<IntakeProgress>("intake").SetAsync(turn, expected));
        IntakeProgress? actual = null;
        await InTurn(storage, activity, async (state, turn) =>
            actual = await state.CreateProperty<IntakeProgress>("intake").GetAsync(turn, () => null!));

        Assert.NotNull(actual);
        Assert.Equal(expected.Step, actual.Step);
        Assert.Equal(expected.Attempts, actual.Attempts);
        Assert.Equal(expected.Big, actual.Big);
        Assert.Equal(expected.Started, actual.Started);
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.Scores, actual.Scores);
    }

    private static async Task InTurn(IStorage storage, Activity activity, Func<ConversationState, ITurnContext, Task> work)
    {
        // A fresh ConversationState per turn, as after a restart: the value must come from storage, not a cache.
        var state = new ConversationState(storage);
        using var turn = new TurnContext(new TestAdapter(), activity);
        await state.LoadAsync(turn);
        await work(state, turn);
        await state.SaveChangesAsync(turn);
    }
}
