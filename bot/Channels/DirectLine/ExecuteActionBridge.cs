using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// Universal Actions for Web Chat. Web Chat 4.18 understands only Action.Submit and Action.OpenUrl: it parses an
/// Action.Execute (so a card's fallback is never used) and then ignores the click. On the way out each
/// Action.Execute becomes an Action.Submit whose data remembers the verb, the data and the card it sits on; when
/// that submit comes back, the bot gets the adaptiveCard/action invoke Teams would send, and a card in the
/// answer replaces the card in the transcript.
/// </summary>
internal static class ExecuteActionBridge
{
    public const string MarkerKey = "tipbot.directline.execute";
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Where an Action.Execute came from: the activity and the index of its card among the attachments.</summary>
    public sealed record Source(string ActivityId, int AttachmentIndex);

    /// <summary>Rewrites the Action.Execute buttons of every Adaptive Card attachment of a bot activity (its JSON).</summary>
    public static void RewriteOutgoing(JObject activity)
    {
        var id = activity.Value<string>("id");
        if (id is null || activity["attachments"] is not JArray attachments)
        {
            return;
        }
        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i] is JObject attachment
                && attachment.Value<string>("contentType") == AdaptiveCardType
                && attachment["content"] is JObject card)
            {
                RewriteActions(card, new Source(id, i));
            }
        }
    }

    /// <summary>
    /// When the bot's copy of a posted message is such a rewritten submit, turns it into the invoke the bot
    /// should get instead and returns its source. The inputs Web Chat merged into the data go into the action's
    /// data, as Teams does.
    /// </summary>
    public static Source? TurnIntoInvoke(Activity message)
    {
        if (message.Type != ActivityTypes.Message
            || message.Value is not JObject value
            || value[MarkerKey] is not JObject marker
            || marker.Value<string>("activityId") is not { } activityId)
        {
            return null;
        }
        var data = marker["data"] as JObject ?? new JObject();
        foreach (var input in value.Properties().Where(p => p.Name != MarkerKey))
        {
            data[input.Name] = input.Value.DeepClone();
        }
        var action = new JObject { ["type"] = "Action.Execute", ["data"] = data };
        if (marker["verb"] is JToken verb)
        {
            action["verb"] = verb.DeepClone();
        }
        message.Type = ActivityTypes.Invoke;
        message.Name = "adaptiveCard/action";
        message.Text = null;
        message.ReplyToId = activityId;
        message.Value = new JObject { ["action"] = action, ["trigger"] = "manual" };
        return new Source(activityId, marker.Value<int?>("attachment") ?? 0);
    }

    /// <summary>The activity (its JSON) with the card at the source's attachment replaced by <paramref name="card"/>.</summary>
    public static JObject? ReplaceCard(string activityJson, Source source, JObject card)
    {
        var activity = JObject.Parse(activityJson);
        if (activity["attachments"] is not JArray attachments
            || source.AttachmentIndex < 0
            || source.AttachmentIndex >= attachments.Count
            || attachments[source.AttachmentIndex] is not JObject attachment)
        {
            return null;
        }
        attachment["content"] = card.DeepClone();
        RewriteOutgoing(activity);
        return activity;
    }

    private static void RewriteActions(JToken token, Source source)
    {
        if (token is JObject obj)
        {
            if (obj.Value<string>("type") == "Action.Execute")
            {
                obj["type"] = "Action.Submit";
                obj["data"] = new JObject
                {
                    [MarkerKey] = new JObject
                    {
                        ["verb"] = obj["verb"]?.DeepClone(),
                        ["data"] = obj["data"]?.DeepClone() ?? new JObject(),
                        ["activityId"] = source.ActivityId,
                        ["attachment"] = source.AttachmentIndex,
                    },
                };
                obj.Remove("verb");
                obj.Remove("fallback");
            }
            foreach (var property in obj.Properties())
            {
                RewriteActions(property.Value, source);
            }
        }
        else if (token is JArray array)
        {
            foreach (var item in array)
            {
                RewriteActions(item, source);
            }
        }
    }
}
