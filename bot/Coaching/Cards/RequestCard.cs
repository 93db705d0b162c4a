using System.Text.Json.Nodes;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Cards;

/// <summary>
/// The card coaches see in their channel: the request, suggested coaches, its status, and "Oppakken" /
/// "Afronden" as Action.Execute (Universal Actions) with an Action.Submit fallback for older hosts.
/// </summary>
public static class RequestCard
{
    public const string ClaimVerb = "claim";
    public const string CompleteVerb = "complete";

    public static JsonObject Json(CoachingRequest request, TextCatalog texts, string? locale)
    {
        string T(string key, params object?[] args) => texts.Get(locale, key, args);
        var status = request.Status switch
        {
            CoachingStatus.Claimed => T("coaching.card.status.claimed", request.CoachName),
            CoachingStatus.Completed => T("coaching.card.status.completed", request.CoachName),
            _ => T("coaching.card.status.new"),
        };
        var suggested = request.SuggestedCoaches.Count == 0
            ? T("coaching.card.noSuggestions")
            : T("coaching.card.suggested", string.Join(", ", request.SuggestedCoaches.Select(c => c.Name)));

        var card = AdaptiveCardJson.Card(
            AdaptiveCardJson.Text(T("coaching.card.title", request.Reference), size: "Medium", weight: "Bolder"),
            request.NeedsReview ? AdaptiveCardJson.Text(T("coaching.card.review"), weight: "Bolder") : null,
            request.CardMayBeDuplicate ? AdaptiveCardJson.Text(T("coaching.card.maybeRepeat", request.Reference), subtle: true) : null,
            AdaptiveCardJson.Facts(RequestFacts.Of(request, texts, locale)),
            AdaptiveCardJson.Text(suggested, subtle: true),
            AdaptiveCardJson.Text(status, weight: "Bolder"));

        var action = request.Status switch
        {
            CoachingStatus.New => Action(T("coaching.card.claim"), ClaimVerb, request.Id),
            CoachingStatus.Claimed => Action(T("coaching.card.complete"), CompleteVerb, request.Id),
            _ => null,
        };
        return action is null ? card : card.WithActions(action);
    }

    private static JsonObject Action(string title, string verb, string requestId)
    {
        var execute = AdaptiveCardJson.Execute(title, verb, new JsonObject { ["requestId"] = requestId }, "positive");
        execute["fallback"] = AdaptiveCardJson.Submit(title, new JsonObject { ["verb"] = verb, ["requestId"] = requestId });
        return execute;
    }
}
