using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching;
using TipBot.Bot.Coaching.Handoff;
using TipBot.Bot.Coaching.Intake;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>A random reference number that is already taken gets a new one; the intake is stored, not lost.</summary>
public sealed class ReferenceCollisionTests
{
    [Fact]
    public async Task ATakenReferenceIsDrawnAgainAndTheRequestIsStoredOnce()
    {
        var store = new TakenReferences(inner: new MemoryCoachingStore(), taken: 2);
        var submitter = new IntakeSubmitter(
            store,
            new IntakeLibrary(new ServiceCollection().BuildServiceProvider()),
            Options.Create(new CoachingOptions()),
            new OutboxSignal(),
            TimeProvider.System);
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            From = new ChannelAccount("u-collide"),
            Conversation = new ConversationAccount(id: "c-collide"),
            ServiceUrl = "https://smba.example.test/",
            Locale = "nl-NL",
        };
        using var turn = new TurnContext(new TestAdapter(), activity);
        var state = new IntakeState { OrganisationType = "gemeente", OrganisationName = "Gemeente Ede", Question = "Hoe schrijven we helder?", Phase = "verkennen", Commitment = true, ContactName = "Sam", Email = "sam@ede.nl" };

        var request = await submitter.SubmitAsync(turn, state, CancellationToken.None);

        Assert.Equal(3, store.Attempts.Count);
        Assert.Equal(3, store.Attempts.Distinct().Count());
        Assert.Equal(store.Attempts[^1], request.Reference);
        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal(request.Reference, stored.Reference);
        Assert.Equal("Hoe schrijven we helder?", stored.Question);
    }

    [Fact]
    public async Task AfterFiveTakenReferencesTheErrorReachesTheTurn()
    {
        var store = new TakenReferences(inner: new MemoryCoachingStore(), taken: int.MaxValue);
        var submitter = new IntakeSubmitter(store, new IntakeLibrary(new ServiceCollection().BuildServiceProvider()),
            Options.Create(new CoachingOptions()), new OutboxSignal(), TimeProvider.System);
        using var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "test", From = new ChannelAccount("u"), Conversation = new ConversationAccount(id: "c") });

        await Assert.ThrowsAsync<ReferenceTakenException>(() => submitter.SubmitAsync(turn, new IntakeState(), CancellationToken.None));
        Assert.Equal(IntakeSubmitter.ReferenceAttempts, store.Attempts.Count);
    }

    /// <summary>Says the first <paramref name="taken"/> references are in use, as a database's UNIQUE column would.</summary>
    private sealed class TakenReferences(MemoryCoachingStore inner, int taken) : ICoachingRequestStore
    {
        public List<string> Attempts { get; } = [];

        public Task AddAsync(CoachingRequest request, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
        {
            Attempts.Add(request.Reference);
            return Attempts.Count <= taken ? throw new ReferenceTakenException(request.Reference) : inner.AddAsync(request, messages, cancellationToken);
        }

        public Task<CoachingRequest?> GetAsync(string idOrReference, CancellationToken cancellationToken = default) => inner.GetAsync(idOrReference, cancellationToken);

        public Task<IReadOnlyList<CoachingRequest>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

        public Task<CoachingRequest?> UpdateAsync(
            string id,
            Func<CoachingRequest, CoachingRequest> change,
            Func<CoachingRequest, CoachingRequest, IReadOnlyList<OutboxMessage>>? messages = null,
            CancellationToken cancellationToken = default) => inner.UpdateAsync(id, change, messages, cancellationToken);

        public Task<int> AnonymiseRequesterAsync(string requesterId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.AnonymiseRequesterAsync(requesterId, at, cancellationToken);

        public Task<int> AnonymiseCompletedBeforeAsync(DateTimeOffset completedBefore, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.AnonymiseCompletedBeforeAsync(completedBefore, at, cancellationToken);
    }
}
