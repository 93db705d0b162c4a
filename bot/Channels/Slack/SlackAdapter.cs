using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Slack;

/// <summary>
/// The Bot Framework adapter for Slack: runs a turn for an Activity made from a Slack request, and sends the bot's
/// Activities back as Slack messages (chat.postMessage, chat.update, chat.delete) in Block Kit.
/// </summary>
public sealed class SlackAdapter : BotAdapter
{
    private readonly SlackApiClient _api;

    public SlackAdapter(SlackApiClient api, TextCatalog texts, ILogger<SlackAdapter> logger)
    {
        _api = api;
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Slack turn failed in conversation {Conversation}", turnContext.Activity.Conversation?.Id);
            var sorry = MessageFactory.Text(texts.Get(turnContext.Activity.Locale, "common.sorry"));
            await turnContext.SendActivityAsync(sorry);
        };
    }

    /// <summary>Runs one turn of <paramref name="callback"/> (the bot) for an Activity from Slack.</summary>
    public async Task ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse();
            switch (activity.Type)
            {
                case ActivityTypes.Message:
                    var conversation = SlackConversation.Parse(activity.Conversation.Id);
                    var ts = await _api.PostMessageAsync(conversation, BlockKitMessage.From(activity), cancellationToken);
                    responses[i] = new ResourceResponse(ts);
                    break;
                case ActivityTypes.Delay:
                    var delay = activity.Value is int ms ? ms : activity.Value is long l ? (int)l : 1000;
                    await Task.Delay(delay, cancellationToken);
                    break;
                // Slack's Web API has no typing indicator for bots; trace and invoke responses have no Slack counterpart.
            }
        }
        return responses;
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = SlackConversation.Parse(activity.Conversation.Id);
        var ts = await _api.UpdateMessageAsync(conversation.Channel, activity.Id, BlockKitMessage.From(activity), cancellationToken);
        return new ResourceResponse(ts ?? activity.Id);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _api.DeleteMessageAsync(SlackConversation.Parse(reference.Conversation.Id).Channel, reference.ActivityId, cancellationToken);

    /// <summary>Proactive messages (e.g. "your coach is ..."): a turn for a stored conversation reference.</summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(botId: "", reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(botId: "", reference, callback, cancellationToken);

    public override async Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, continuationActivity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(botId: "", continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(botId: "", continuationActivity, callback, cancellationToken);
}
