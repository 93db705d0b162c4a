using TipBot.Bot.Slack;

namespace TipBot.Bot.Tests.Storage;

/// <summary>The Slack inbox's contract on every provider: leased turns stay put, expired ones are taken once.</summary>
public sealed class SlackInboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly ProviderScopes _scopes = new();

    public static TheoryData<string> Providers => ProviderScope.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ALeasedTurnIsNotTakenAndAnExpiredOneIsTakenOnceWithItsAttemptCounted(string provider)
    {
        var scope = _scopes.Open(provider);
        var inbox = scope.SlackInbox();
        await inbox.AddAsync("t1", "{\"type\":\"message\"}", Now + TimeSpan.FromMinutes(5));

        Assert.Empty(await scope.SlackInbox().ClaimExpiredAsync(Now, Now + TimeSpan.FromMinutes(5), 10));

        var later = Now + TimeSpan.FromMinutes(6);
        var taken = Assert.Single(await scope.SlackInbox().ClaimExpiredAsync(later, later + TimeSpan.FromMinutes(5), 10));
        Assert.Equal(("t1", "{\"type\":\"message\"}", 2), (taken.Id, taken.Activity, taken.Attempts));
        Assert.Empty(await inbox.ClaimExpiredAsync(later, later + TimeSpan.FromMinutes(5), 10));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ARemovedTurnIsGone(string provider)
    {
        var scope = _scopes.Open(provider);
        var inbox = scope.SlackInbox();
        await inbox.AddAsync("t1", "{}", Now);
        await inbox.AddAsync("t2", "{}", Now);
        await scope.SlackInbox().RemoveAsync("t1");

        var taken = await inbox.ClaimExpiredAsync(Now, Now + TimeSpan.FromMinutes(5), 10);
        Assert.Equal(["t2"], taken.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task InstancesSweepingAtOnceTakeEachTurnOnce(string provider)
    {
        var scope = _scopes.Open(provider);
        var setup = scope.SlackInbox();
        for (var i = 0; i < 30; i++)
        {
            await setup.AddAsync($"t{i:D2}", "{}", Now);
        }
        var inboxes = Enumerable.Range(0, 3).Select(_ => scope.SlackInbox()).ToList();

        var batches = await Task.WhenAll(Enumerable.Range(0, 9).Select(i =>
            Task.Run(() => inboxes[i % inboxes.Count].ClaimExpiredAsync(Now, Now + TimeSpan.FromMinutes(5), 5))));

        var ids = batches.SelectMany(b => b).Select(t => t.Id).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(30, ids.Distinct().Count());
    }

    public void Dispose() => _scopes.Dispose();
}
