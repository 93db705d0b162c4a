using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// The Bot Framework hand-off protocol's handoff.initiate event: the routing context as value and the
/// intake as a transcript attachment (the bot's questions and the user's answers).
/// </summary>
public static class HandoffEvent
{
    public const string Name = "handoff.initiate";

    public static Activity For(CoachingRequest request, TextCatalog texts)
    {
        var transcript = new JArray();
        foreach (var (label, value) in RequestFacts.Of(request, texts, request.Locale))
        {
            transcript.Add(new JObject { ["type"] = ActivityTypes.Message, ["from"] = new JObject { ["role"] = "bot" }, ["text"] = label });
            transcript.Add(new JObject { ["type"] = ActivityTypes.Message, ["from"] = new JObject { ["role"] = "user" }, ["text"] = value });
        }
        var activity = Activity.CreateEventActivity();
        activity.Name = Name;
        activity.Value = new JObject
        {
            ["skill"] = "interactiecoach",
            ["requestId"] = request.Id,
            ["reference"] = request.Reference,
            ["needsReview"] = request.NeedsReview,
            ["suggestedCoaches"] = new JArray(request.SuggestedCoaches.Select(c => c.Id)),
        };
        var result = (Activity)activity;
        result.Attachments =
        [
            new Attachment { ContentType = "application/json", Name = "Transcript", Content = new JObject { ["activities"] = transcript } },
        ];
        return result;
    }
}
