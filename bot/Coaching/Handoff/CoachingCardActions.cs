using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>What pressing "Oppakken" or "Afronden" did: the card to show now (null: unknown request) and a note.</summary>
public sealed record CardActionOutcome(JsonObject? Card, string Note, bool Changed);

/// <summary>
/// "Oppakken" (verb claim) and "Afronden" (verb complete) on a request card: stores status and coach, and queues
/// the card update in the channel and the requester's message in the same transaction.
/// </summary>
public sealed class CoachingCardActions(
    ICoachingRequestStore store,
    TextCatalog texts,
    IOptions<CoachingOptions> options,
    OutboxSignal signal,
    TimeProvider clock)
{
    public async Task<CardActionOutcome> ApplyAsync(ITurnContext turnContext, string verb, string? requestId, CancellationToken cancellationToken)
    {
        var locale = options.Value.CoachesLocale;
        if (string.IsNullOrWhiteSpace(requestId) || verb is not (RequestCard.ClaimVerb or RequestCard.CompleteVerb))
        {
            return new CardActionOutcome(null, texts.Get(locale, "coaching.claim.unknown"), false);
        }
        var from = turnContext.Activity.From;
        var coachName = string.IsNullOrWhiteSpace(from?.Name) ? from?.Id ?? "?" : from.Name;
        var coachId = from?.AadObjectId ?? from?.Id;
        var now = clock.GetUtcNow();
        CoachingRequest? before = null;
        var after = await store.UpdateAsync(
            requestId,
            r =>
            {
                before = r;
                return (verb, r.Status) switch
                {
                    (RequestCard.ClaimVerb, CoachingStatus.New) => r with { Status = CoachingStatus.Claimed, CoachName = coachName, CoachId = coachId, ClaimedAt = now },
                    (RequestCard.CompleteVerb, CoachingStatus.Claimed) => r with { Status = CoachingStatus.Completed, CompletedAt = now },
                    _ => r,
                };
            },
            (b, a) => b.Status != a.Status
                ? [OutboxMessage.For(a, OutboxKind.UpdateRequestCard, now), OutboxMessage.For(a, OutboxKind.NotifyRequester, now, a.Status)]
                : [],
            cancellationToken).ConfigureAwait(false);
        if (after is null)
        {
            return new CardActionOutcome(null, texts.Get(locale, "coaching.claim.unknown"), false);
        }
        signal.Wake();
        var changed = before!.Status != after.Status;
        var note = changed
            ? texts.Get(locale, verb == RequestCard.ClaimVerb ? "coaching.claim.done" : "coaching.complete.done", after.Reference)
            : texts.Get(locale, "coaching.claim.taken", after.Reference, after.CoachName);
        return new CardActionOutcome(RequestCard.Json(after, texts, locale), note, changed);
    }
}
