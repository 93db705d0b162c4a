using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching.Intake;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// Stores a confirmed intake as a request with suggested coaches, together with the outbox messages that
/// post it to the coaches (and the optional hand-off event), then wakes the dispatcher.
/// </summary>
public sealed class IntakeSubmitter(
    ICoachingRequestStore store,
    IntakeLibrary library,
    IOptions<CoachingOptions> options,
    OutboxSignal signal,
    TimeProvider clock) : IIntakeSubmitter
{
    /// <summary>Reference numbers are random: a new one is drawn when one is taken, this many times at most.</summary>
    public const int ReferenceAttempts = 5;

    public async Task<CoachingRequest> SubmitAsync(ITurnContext turnContext, IntakeState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var locale = turnContext.Activity.Locale ?? "nl";
        var request = CoachingRequestFactory.FromIntake(state, locale, now) with
        {
            RequesterId = RequesterAddress.RequesterId(turnContext),
            RequesterAddress = RequesterAddress.Of(turnContext),
        };
        if (library.Search is { } search)
        {
            request = request with { SuggestedCoaches = new CoachRanker(search).Rank(request) };
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.AddAsync(request, Messages(request, now), cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (ReferenceTakenException) when (attempt < ReferenceAttempts)
            {
                // One in ~900 million per pair, so it happens once the requests number in the tens of thousands.
                request = request with { Reference = ReferenceNumber.New() };
            }
        }
        signal.Wake();
        return request;
    }

    private List<OutboxMessage> Messages(CoachingRequest request, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage> { OutboxMessage.For(request, OutboxKind.PostRequestCard, now) };
        if (options.Value.EmitHandoff)
        {
            messages.Add(OutboxMessage.For(request, OutboxKind.Handoff, now));
        }
        return messages;
    }
}
