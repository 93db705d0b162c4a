using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// "Oppakken" and "Afronden" on a request card: as invoke adaptiveCard/action (verbs claim, complete) or the
/// Action.Submit fallback. Stores status and coach, and queues the card update and the requester's message.
/// </summary>
public sealed class CoachingCardActions(
    ICoachingRequestStore store,
    TextCatalog texts,
    IOptions<CoachingOptions> options,
    OutboxSignal signal,
    TimeProvider clock)
{
    public static bool Handles(string? verb) => verb is RequestCard.ClaimVerb or RequestCard.CompleteVerb;

    /// <summary>Answers invoke adaptiveCard/action: the refreshed card replaces the one that was clicked.</summary>
    public async Task<AdaptiveCardInvokeResponse> OnExecuteAsync(ITurnContext turnContext, string verb, JObject? data, CancellationToken cancellationToken)
    {
        var requestId = data?["requestId"]?.ToString();
        if (!Handles(verb) || string.IsNullOrWhiteSpace(requestId))
        {
            return Error(400, "BadRequest", "This card action is not known.");
        }
        var (before, after) = await ApplyAsync(turnContext, verb, requestId, cancellationToken).ConfigureAwait(false);
        if (after is null)
        {
            return Error(404, "NotFound", texts.Get(options.Value.CoachesLocale, "coaching.claim.unknown"));
        }
        return new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = AdaptiveCardJson.ContentType,
            Value = AdaptiveCardJson.ToAttachment(RequestCard.Json(after, texts, options.Value.CoachesLocale)).Content,
        };
    }

    /// <summary>The Action.Submit fallback: a message whose value is {verb, requestId}.</summary>
    public async Task<bool> TryHandleSubmitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not JObject value || !Handles(value["verb"]?.ToString()) || value["requestId"] is null)
        {
            return false;
        }
        var verb = value["verb"]!.ToString();
        var (before, after) = await ApplyAsync(turnContext, verb, value["requestId"]!.ToString(), cancellationToken).ConfigureAwait(false);
        var locale = options.Value.CoachesLocale;
        var text = after is null ? texts.Get(locale, "coaching.claim.unknown")
            : Changed(before!, after) ? texts.Get(locale, verb == RequestCard.ClaimVerb ? "coaching.claim.done" : "coaching.complete.done", after.Reference)
            : texts.Get(locale, "coaching.claim.taken", after.Reference, after.CoachName);
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<(CoachingRequest? Before, CoachingRequest? After)> ApplyAsync(ITurnContext turnContext, string verb, string requestId, CancellationToken cancellationToken)
    {
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
            (b, a) => Changed(b, a)
                ? [OutboxMessage.For(a, OutboxKind.UpdateRequestCard, now), OutboxMessage.For(a, OutboxKind.NotifyRequester, now, a.Status)]
                : [],
            cancellationToken).ConfigureAwait(false);
        signal.Wake();
        return (before, after);
    }

    private static bool Changed(CoachingRequest before, CoachingRequest after) => before.Status != after.Status;

    private static AdaptiveCardInvokeResponse Error(int status, string code, string message) => new()
    {
        StatusCode = status,
        Type = "application/vnd.microsoft.error",
        Value = new JObject { ["code"] = code, ["message"] = message },
    };
}
