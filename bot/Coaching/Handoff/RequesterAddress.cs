using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>The requester's conversation reference as the opaque text the domain stores, and back.</summary>
public static class RequesterAddress
{
    public static string Of(ITurnContext turnContext) =>
        JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference());

    public static ConversationReference? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : JsonConvert.DeserializeObject<ConversationReference>(text);

    /// <summary>Who the user is across conversations of one channel ("msteams:29:1abc").</summary>
    public static string RequesterId(ITurnContext turnContext) =>
        $"{turnContext.Activity.ChannelId}:{turnContext.Activity.From?.Id}";
}
