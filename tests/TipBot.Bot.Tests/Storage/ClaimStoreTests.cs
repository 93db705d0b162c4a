using TipBot.Bot.Tests.DirectLine;

namespace TipBot.Bot.Tests.Storage;

/// <summary>The claim store's contract on every provider: first claim wins, also across store objects (instances).</summary>
public sealed class ClaimStoreTests : IDisposable
{
    private readonly ProviderScopes _scopes = new();

    public static TheoryData<string> Providers => ProviderScope.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AKeyIsClaimedOnceWhileItsClaimLastsAlsoByAnotherInstance(string provider)
    {
        var scope = _scopes.Open(provider);
        var clock = new TestClock();
        var one = scope.Claims(clock);
        var other = scope.Claims(clock);

        Assert.True(await one.TryClaimAsync("slack/event/Ev1", TimeSpan.FromMinutes(10)));
        Assert.False(await one.TryClaimAsync("slack/event/Ev1", TimeSpan.FromMinutes(10)));
        Assert.False(await other.TryClaimAsync("slack/event/Ev1", TimeSpan.FromMinutes(10)));
        Assert.True(await other.TryClaimAsync("slack/event/Ev2", TimeSpan.FromMinutes(10)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnExpiredClaimCanBeTakenAgainAndOnlyOnce(string provider)
    {
        var scope = _scopes.Open(provider);
        var clock = new TestClock();
        var one = scope.Claims(clock);
        var other = scope.Claims(clock);
        Assert.True(await one.TryClaimAsync("k", TimeSpan.FromMinutes(10)));

        clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(await other.TryClaimAsync("k", TimeSpan.FromMinutes(10)));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.True(await other.TryClaimAsync("k", TimeSpan.FromMinutes(10)));
        Assert.False(await one.TryClaimAsync("k", TimeSpan.FromMinutes(10)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AReleasedKeyCanBeClaimedAgain(string provider)
    {
        var scope = _scopes.Open(provider);
        var clock = new TestClock();
        var one = scope.Claims(clock);
        Assert.True(await one.TryClaimAsync("k", TimeSpan.FromMinutes(10)));
        await scope.Claims(clock).ReleaseAsync("k");
        Assert.True(await one.TryClaimAsync("k", TimeSpan.FromMinutes(10)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OfManyConcurrentClaimsOfOneKeyExactlyOneWins(string provider)
    {
        var scope = _scopes.Open(provider);
        var clock = new TestClock();
        var stores = Enumerable.Range(0, 4).Select(_ => scope.Claims(clock)).ToList();

        var wins = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => stores[i % stores.Count].TryClaimAsync("contended", TimeSpan.FromMinutes(10)))));

        Assert.Equal(1, wins.Count(w => w));
    }

    public void Dispose() => _scopes.Dispose();
}
