using System.Security.Claims;
using Microsoft.Bot.Builder;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using TipBot.Bot.Conversation;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Slack;

/// <summary>
/// The Bot Framework adapter for Slack: runs a turn for an Activity made from a Slack request, and sends the bot's
/// Activities back as Slack messages (chat.postMessage, chat.update, chat.delete) in Block Kit. Where the bot may not
/// post (a slash command in a channel it is not in), the answer goes through the command's response_url.
/// </summary>
public sealed class SlackAdapter : BotAdapter, IReplacesPressedButtons
{
    private readonly SlackApiClient _api;
    private readonly ILogger<SlackAdapter> _logger;

    public SlackAdapter(SlackApiClient api, TextCatalog texts, ILogger<SlackAdapter> logger)
    {
        _api = api;
        _logger = logger;
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
                    responses[i] = new ResourceResponse(await PostAsync(turnContext, activity, cancellationToken));
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

    /// <summary>
    /// "Nuttig" and the like: the pressed message is edited (chat.update) so its buttons become a short context line
    /// with <paramref name="note"/>; the rest of the message, other tips included, stays as it was.
    /// </summary>
    public async Task<bool> ReplacePressedButtonsAsync(ITurnContext turnContext, string note, CancellationToken cancellationToken)
    {
        var origin = SlackOrigin.Of(turnContext.Activity);
        if (origin is not { MessageTs: { } ts, MessageBlocks: { } original, BlockId: { } pressed })
        {
            return false;
        }
        var blocks = JsonNode.Parse(original.ToString(Newtonsoft.Json.Formatting.None))!.AsArray();
        var index = blocks.ToList().FindIndex(b => (string?)b?["block_id"] == pressed);
        if (index < 0)
        {
            return false;
        }
        blocks[index] = new JsonObject
        {
            ["type"] = "context",
            ["block_id"] = pressed,
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackMrkdwn.FromMarkdown(note) }),
        };
        var channel = SlackConversation.Parse(turnContext.Activity.Conversation.Id).Channel;
        var updated = await _api.UpdateMessageAsync(channel, ts, new SlackMessage(origin.MessageText ?? SlackMrkdwn.FromMarkdown(note), blocks), cancellationToken);
        return updated is not null;
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = SlackConversation.Parse(activity.Conversation.Id);
        var ts = await _api.UpdateMessageAsync(conversation.Channel, activity.Id, BlockKitMessage.From(activity), cancellationToken);
        return new ResourceResponse(ts ?? activity.Id);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _api.DeleteMessageAsync(SlackConversation.Parse(reference.Conversation.Id).Channel, reference.ActivityId, cancellationToken);

    private async Task<string?> PostAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = SlackConversation.Parse(activity.Conversation.Id);
        var message = BlockKitMessage.From(activity);
        var (ts, error) = await _api.PostMessageAsync(conversation, message, cancellationToken);
        // A slash command works in any channel, but the bot may only post in channels it was added to.
        if (error is "not_in_channel" or "channel_not_found" && SlackOrigin.Of(turnContext.Activity).ResponseUrl is { } responseUrl)
        {
            _logger.LogInformation("Slack: not in channel {Channel}; answering through the response_url", conversation.Channel);
            await _api.RespondAsync(responseUrl, message, cancellationToken);
        }
        return ts;
    }

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
