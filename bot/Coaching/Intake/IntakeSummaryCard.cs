using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Dialogs;

namespace TipBot.Bot.Coaching.Intake;

/// <summary>The summary the requester confirms ("Klopt") or changes ("Aanpassen").</summary>
public static class IntakeSummaryCard
{
    public static JsonObject Json(DialogTurn turn, IntakeState state)
    {
        var preview = CoachingRequestFactory.FromIntake(state, turn.Locale ?? "nl", DateTimeOffset.UnixEpoch, "preview", "preview");
        return AdaptiveCardJson.Card(
                AdaptiveCardJson.Text(turn.T("intake.summary.title"), size: "Medium", weight: "Bolder"),
                AdaptiveCardJson.Facts(RequestFacts.Of(preview, turn.Texts, turn.Locale)),
                AdaptiveCardJson.Text(turn.T("intake.summary.question"), subtle: true))
            .WithActions(
                AdaptiveCardJson.Submit(turn.T("intake.summary.confirm"), new JsonObject { ["choice"] = "klopt" }, "positive"),
                AdaptiveCardJson.Submit(turn.T("intake.summary.edit"), new JsonObject { ["choice"] = "aanpassen" }));
    }

    public static Attachment Build(DialogTurn turn, IntakeState state) => AdaptiveCardJson.ToAttachment(Json(turn, state));
}
