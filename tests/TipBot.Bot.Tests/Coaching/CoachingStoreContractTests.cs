using TipBot.Bot.Coaching;
using TipBot.Bot.Tests.Storage;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>The coaching request store and its outbox; every case runs against every provider.</summary>
public sealed class CoachingStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private ProviderScope? _scope;

    public static TheoryData<string> Providers => ProviderScope.All;

    public void Dispose() => _scope?.Dispose();

    private ICoachingRequestStore Create(string provider) => (_scope ??= new ProviderScope(provider)).Coaching();

    private static CoachingRequest Request(string id, DateTimeOffset createdAt, string? requester = "u1") => new()
    {
        Id = id,
        Reference = "C-" + id.ToUpperInvariant(),
        CreatedAt = createdAt,
        OrganisationType = "gemeente",
        OrganisationName = "Gemeente Wageningen",
        Question = "Hoe voeren we een goed gesprek? \"Quotes\" en émoji ✓",
        Phase = "verkennen",
        HelpForm = HelpForm.Workshop,
        Participants = 8,
        ContactName = "Jolanda",
        Email = "jolanda@wageningen.nl",
        RequesterId = requester,
        SuggestedCoaches = [new CoachSuggestion("iris", "Iris", ["gesprek"], 0.75)],
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ARequestRoundTripsAndIsFoundByIdOrReference(string provider)
    {
        var store = Create(provider);
        var request = Request("abc123", T0);
        await store.AddAsync(request, []);

        var byId = await store.GetAsync("abc123");
        var byReference = await store.GetAsync(" c-abc123 ");

        Assert.NotNull(byId);
        Assert.Equal(request.Question, byId.Question);
        Assert.Equal(request.CreatedAt, byId.CreatedAt);
        Assert.Equal(8, byId.Participants);
        Assert.Equal("Iris", Assert.Single(byId.SuggestedCoaches).Name);
        Assert.Equal("abc123", byReference?.Id);
        Assert.Null(await store.GetAsync("nobody"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ATakenReferenceIsRefusedAsSuchAndNothingOfTheSecondRequestIsStored(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("first1", T0), []);
        var second = Request("second", T0) with { Reference = "C-FIRST1" };

        var refused = await Assert.ThrowsAsync<ReferenceTakenException>(() =>
            store.AddAsync(second, [OutboxMessage.For(second, OutboxKind.PostRequestCard, T0)]));

        Assert.Equal("C-FIRST1", refused.Reference);
        Assert.Equal("first1", Assert.Single(await store.ListAsync()).Id);
        Assert.Empty(await ((ICoachingOutbox)store).ClaimDueAsync(T0 + TimeSpan.FromHours(1), 10, Lease));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListIsNewestFirst(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("old", T0), []);
        await store.AddAsync(Request("new", T0.AddMinutes(5)), []);
        await store.AddAsync(Request("mid", T0.AddMinutes(1)), []);

        Assert.Equal(["new", "mid", "old"], (await store.ListAsync()).Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AReferenceIsUnique(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("abc", T0), []);
        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync(Request("abc", T0) with { Id = "other" }, []));
        Assert.Single(await store.ListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateStoresTheChangeAndItsMessagesAndMissingIsNull(string provider)
    {
        var store = Create(provider);
        var request = Request("r1", T0);
        await store.AddAsync(request, [OutboxMessage.For(request, OutboxKind.PostRequestCard, T0)]);

        var after = await store.UpdateAsync("r1", r => r with { Status = CoachingStatus.Claimed, CoachName = "Iris" },
            (before, changed) => [OutboxMessage.For(changed, OutboxKind.NotifyRequester, T0.AddMinutes(1), changed.Status)]);

        Assert.Equal(CoachingStatus.Claimed, after?.Status);
        Assert.Equal("Iris", (await store.GetAsync("r1"))?.CoachName);
        Assert.Equal([OutboxKind.PostRequestCard, OutboxKind.NotifyRequester], (await ((ICoachingOutbox)store).ForRequestAsync("r1")).Select(m => m.Kind));
        Assert.Null(await store.UpdateAsync("missing", r => r));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentUpdatesOfOneRequestLoseNothing(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("r1", T0) with { Participants = 0 }, []);

        // Read-modify-write from many tasks at once: every increment must survive.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() =>
            store.UpdateAsync("r1", r => r with { Participants = r.Participants + 1 }))));

        Assert.Equal(40, (await store.GetAsync("r1"))?.Participants);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnonymiseRemovesPersonalFieldsOfOneRequester(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("a", T0, requester: "u1"), []);
        await store.AddAsync(Request("b", T0, requester: "u1"), []);
        await store.AddAsync(Request("c", T0, requester: "u2"), []);

        Assert.Equal(2, await store.AnonymiseRequesterAsync("u1", T0.AddDays(1)));

        var a = (await store.GetAsync("a"))!;
        Assert.Null(a.Email);
        Assert.Null(a.RequesterId);
        Assert.Equal(T0.AddDays(1), a.AnonymisedAt);
        Assert.Equal("Gemeente Wageningen", a.OrganisationName);
        Assert.Equal("jolanda@wageningen.nl", (await store.GetAsync("c"))?.Email);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RetentionAnonymisesCompletedRequestsOnceAndOnlyOldOnes(string provider)
    {
        var store = Create(provider);
        await store.AddAsync(Request("old", T0) with { Status = CoachingStatus.Completed, CompletedAt = T0 }, []);
        await store.AddAsync(Request("recent", T0) with { Status = CoachingStatus.Completed, CompletedAt = T0.AddDays(30) }, []);
        await store.AddAsync(Request("open", T0), []);

        Assert.Equal(1, await store.AnonymiseCompletedBeforeAsync(T0.AddDays(10), T0.AddDays(11)));
        Assert.Equal(0, await store.AnonymiseCompletedBeforeAsync(T0.AddDays(10), T0.AddDays(12)));

        Assert.Equal(T0.AddDays(11), (await store.GetAsync("old"))?.AnonymisedAt);
        Assert.NotNull((await store.GetAsync("recent"))?.Email);
        Assert.NotNull((await store.GetAsync("open"))?.Email);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimTakesDueMessagesOldestFirstAndHoldsThemForTheLease(string provider)
    {
        var store = Create(provider);
        var outbox = (ICoachingOutbox)store;
        var request = Request("r1", T0);
        var second = OutboxMessage.For(request, OutboxKind.NotifyRequester, T0.AddSeconds(2));
        var first = OutboxMessage.For(request, OutboxKind.PostRequestCard, T0.AddSeconds(1));
        var later = OutboxMessage.For(request, OutboxKind.Handoff, T0.AddSeconds(3)) with { NextAttemptAt = T0.AddHours(1) };
        var delivered = OutboxMessage.For(request, OutboxKind.Handoff, T0) with { DeliveredAt = T0 };
        var failed = OutboxMessage.For(request, OutboxKind.Handoff, T0) with { Failed = true };
        await store.AddAsync(request, [second, first, later, delivered, failed]);
        var now = T0.AddMinutes(1);

        Assert.Equal([first.Id, second.Id], (await outbox.ClaimDueAsync(now, 10, Lease)).Select(m => m.Id));
        Assert.Empty(await outbox.ClaimDueAsync(now, 10, Lease));
        // A dispatcher that died never saved an outcome: after the lease the messages are due again.
        Assert.Equal([first.Id, second.Id], (await outbox.ClaimDueAsync(now + Lease, 10, Lease)).Select(m => m.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PendingCountsEveryMessageNeitherDeliveredNorGivenUpWhetherDueOrNot(string provider)
    {
        var store = Create(provider);
        var outbox = (ICoachingOutbox)store;
        var request = Request("r1", T0);
        var due = OutboxMessage.For(request, OutboxKind.PostRequestCard, T0);
        var later = OutboxMessage.For(request, OutboxKind.Handoff, T0) with { NextAttemptAt = T0.AddHours(1) };
        var delivered = OutboxMessage.For(request, OutboxKind.Handoff, T0) with { DeliveredAt = T0 };
        var failed = OutboxMessage.For(request, OutboxKind.Handoff, T0) with { Failed = true };
        await store.AddAsync(request, [due, later, delivered, failed]);
        Assert.Equal(2, await outbox.CountPendingAsync());

        // Claimed is still owed; delivered is not.
        Assert.Single(await outbox.ClaimDueAsync(T0.AddMinutes(1), 10, Lease));
        Assert.Equal(2, await outbox.CountPendingAsync());
        await outbox.SaveAsync(due with { Attempts = 1, DeliveredAt = T0.AddMinutes(1) });
        Assert.Equal(1, await outbox.CountPendingAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ASavedOutcomeEndsTheClaim(string provider)
    {
        var store = Create(provider);
        var outbox = (ICoachingOutbox)store;
        var request = Request("r1", T0);
        var message = OutboxMessage.For(request, OutboxKind.PostRequestCard, T0);
        await store.AddAsync(request, [message]);

        var claimed = Assert.Single(await outbox.ClaimDueAsync(T0, 10, Lease));
        await outbox.SaveAsync(claimed with { Attempts = 1, NextAttemptAt = T0.AddSeconds(5), LastError = "429" });
        Assert.Equal(message.Id, Assert.Single(await outbox.ClaimDueAsync(T0.AddSeconds(5), 10, Lease)).Id);

        await outbox.SaveAsync(claimed with { Attempts = 2, DeliveredAt = T0.AddSeconds(6) });
        Assert.Empty(await outbox.ClaimDueAsync(T0.AddDays(1), 10, Lease));
        var stored = Assert.Single(await outbox.ForRequestAsync("r1"));
        Assert.Equal(2, stored.Attempts);
        Assert.Equal(T0.AddSeconds(6), stored.DeliveredAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentClaimsNeverHandOutAMessageTwice(string provider)
    {
        var scope = _scope ??= new ProviderScope(provider);
        var store = scope.Coaching();
        var request = Request("r1", T0);
        var messages = Enumerable.Range(0, 200).Select(i => OutboxMessage.For(request, OutboxKind.NotifyRequester, T0.AddMilliseconds(i))).ToList();
        await store.AddAsync(request, messages);
        // Four dispatchers, each with its own store object (as on separate instances), claiming small batches at once.
        var outboxes = Enumerable.Range(0, 4).Select(_ => (ICoachingOutbox)scope.Coaching()).ToList();

        var taken = await Task.WhenAll(outboxes.Select(outbox => Task.Run(async () =>
        {
            var mine = new List<string>();
            while ((await outbox.ClaimDueAsync(T0.AddMinutes(1), 7, Lease)) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(m => m.Id));
            }
            return mine;
        })));

        var all = taken.SelectMany(ids => ids).ToList();
        Assert.Equal(messages.Count, all.Count);
        Assert.Equal(messages.Select(m => m.Id).Order(), all.Order());
    }
}
