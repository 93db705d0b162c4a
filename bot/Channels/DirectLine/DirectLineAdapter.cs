using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Texts;

namespace TipBot.Bot.DirectLine;

/// <summary>
/// Runs Direct Line activities as turns of the same <see cref="IBot"/> the other channels use: the bot's replies
/// (and updates) are appended to the conversation for the client to read, instead of being POSTed to a connector.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "directline";

    private readonly DirectLineConversationStore _store;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineAdapter> _logger;

    public DirectLineAdapter(
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        TimeProvider clock,
        TextCatalog texts,
        ILogger<DirectLineAdapter> logger)
    {
        _store = store;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        OnTurnError = async (turnContext, exception) =>
        {
            _logger.LogError(exception, "Direct Line turn failed in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
            if (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
            {
                await turnContext.SendActivityAsync(texts.Get(turnContext.Activity.Locale, "common.sorry")).ConfigureAwait(false);
            }
        };
    }

    /// <summary>The bot as Direct Line clients see it.</summary>
    public ChannelAccount Bot => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>
    /// Tells the bot that the bot and the user joined (Direct Line does this when a conversation starts), so the
    /// bot can greet. The activity goes to the bot only; clients never see conversationUpdate.
    /// </summary>
    public Task StartConversationAsync(DirectLineConversation conversation, string serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var activity = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = conversation.NextActivityId(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Locale = conversation.Locale,
            Timestamp = _clock.GetUtcNow(),
        };
        return RunTurnAsync(activity, bot, cancellationToken);
    }

    /// <summary>
    /// Accepts an activity a client posted: stores it (the echo Web Chat waits for, with the client's
    /// channelData.clientActivityID intact), then runs the bot's turn. Returns the id given to the activity.
    /// </summary>
    public async Task<string> ReceiveAsync(
        DirectLineConversation conversation, Activity activity, string serviceUrl, IBot bot, CancellationToken cancellationToken)
    {
        activity.Id = conversation.NextActivityId();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot;
        activity.From.Role = RoleTypes.User;
        activity.Timestamp = _clock.GetUtcNow();
        activity.Locale ??= conversation.Locale;
        var json = Serialize(activity);
        conversation.Append(activity.Id, json, activity.Timestamp);

        // The bot gets its own copy: it may change the activity (mention stripping) and the echo must not change.
        var turnActivity = JsonConvert.DeserializeObject<Activity>(json, HttpHelper.BotMessageSerializerSettings)!;
        var source = ExecuteActionBridge.TurnIntoInvoke(turnActivity);
        var invokeResponse = await RunTurnAsync(turnActivity, bot, cancellationToken).ConfigureAwait(false);
        if (turnActivity.Type == ActivityTypes.Invoke)
        {
            ShowInvokeResponse(conversation, turnActivity, invokeResponse, source);
        }
        return activity.Id;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.InvokeResponse:
                    // Like the SDK's own adapters: an invoke's answer is returned to the caller, not sent.
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Delay:
                    var delay = activity.Value is null ? 1000 : Convert.ToInt32(activity.Value, System.Globalization.CultureInfo.InvariantCulture);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                    // The Direct Line channel shows trace activities to no one but the Emulator.
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    var conversation = ConversationOf(turnContext, activity);
                    activity.Id = conversation.NextActivityId();
                    Complete(turnContext, conversation, activity);
                    activity.Timestamp = _clock.GetUtcNow();
                    conversation.Append(activity.Id, Serialize(activity), activity.Timestamp);
                    responses[i] = new ResourceResponse(activity.Id);
                    break;
            }
        }
        return responses;
    }

    /// <summary>
    /// Appends the new version under the same id and with the original timestamp: Web Chat replaces an activity
    /// it already shows when one with the same id arrives, so the card changes in place.
    /// </summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(turnContext, activity);
        if (string.IsNullOrEmpty(activity.Id) || conversation.TimestampOf(activity.Id) is not { } timestamp)
        {
            throw new InvalidOperationException($"Activity '{activity.Id}' is not in Direct Line conversation '{conversation.Id}'.");
        }
        Complete(turnContext, conversation, activity);
        activity.Timestamp = timestamp;
        conversation.Append(activity.Id, Serialize(activity), timestamp);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line 3.0 has no way to delete an activity a client has received.");

    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<Activity>(InvokeResponseKey)?.Value as InvokeResponse;
    }

    /// <summary>
    /// A client that sends an invoke (Direct Line has no synchronous answer for it) sees the bot's answer in
    /// the transcript: a card replaces the card whose button was pressed (or comes as a new card when that is
    /// not known), a message comes as text. Errors are logged only.
    /// </summary>
    private void ShowInvokeResponse(DirectLineConversation conversation, Activity invoke, InvokeResponse? response, ExecuteActionBridge.Source? source)
    {
        if (response?.Body is null)
        {
            return;
        }
        // Plain settings: the bot's body may be an anonymous object, which the SDK's message settings drop to {}.
        var body = response.Body as JToken ?? JToken.FromObject(response.Body, new JsonSerializer());
        var type = body.Value<string>("type");
        var value = body["value"];
        if (type == "application/vnd.microsoft.card.adaptive" && value is JObject newCard && source is not null
            && conversation.JsonOf(source.ActivityId) is { } original
            && ExecuteActionBridge.ReplaceCard(original, source, newCard) is { } replaced)
        {
            var timestamp = conversation.TimestampOf(source.ActivityId);
            conversation.Append(source.ActivityId, replaced.ToString(Formatting.None), timestamp);
            return;
        }
        Activity? reply = type switch
        {
            "application/vnd.microsoft.card.adaptive" when value is JObject card => new Activity(ActivityTypes.Message)
            {
                Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: card)],
            },
            "application/vnd.microsoft.activity.message" when value?.Type == JTokenType.String => new Activity(ActivityTypes.Message)
            {
                Text = value.Value<string>(),
            },
            _ => null,
        };
        if (reply is null)
        {
            if (response.Status >= 400)
            {
                _logger.LogWarning("Invoke {Name} in conversation {ConversationId} answered {Status}: {Body}", invoke.Name, conversation.Id, response.Status, body.ToString(Formatting.None));
            }
            return;
        }
        reply.Id = conversation.NextActivityId();
        reply.ChannelId = ChannelId;
        reply.ServiceUrl = invoke.ServiceUrl;
        reply.Conversation = invoke.Conversation;
        reply.From = Bot;
        reply.Recipient = invoke.From;
        reply.ReplyToId = invoke.Id;
        reply.Locale = invoke.Locale;
        reply.Timestamp = _clock.GetUtcNow();
        conversation.Append(reply.Id, Serialize(reply), reply.Timestamp);
    }

    private DirectLineConversation ConversationOf(ITurnContext turnContext, Activity activity)
    {
        var id = activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id;
        return (id is null ? null : _store.Find(id))
            ?? throw new InvalidOperationException($"Direct Line conversation '{id}' is gone (expired or never existed).");
    }

    private void Complete(ITurnContext turnContext, DirectLineConversation conversation, Activity activity)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl ??= turnContext.Activity.ServiceUrl;
        activity.Conversation ??= new ConversationAccount(id: conversation.Id);
        activity.From ??= Bot;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Recipient ??= new ChannelAccount(conversation.UserId, role: RoleTypes.User);
    }

    /// <summary>The activity's JSON, with "timestamp" in UTC ending in Z as Direct Line writes it.</summary>
    private static string Serialize(Activity activity)
    {
        var json = JObject.FromObject(activity, JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings));
        if (activity.Timestamp is { } timestamp)
        {
            json["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }
        if (activity.From?.Role == RoleTypes.Bot)
        {
            ExecuteActionBridge.RewriteOutgoing(json);
        }
        return json.ToString(Formatting.None);
    }
}
