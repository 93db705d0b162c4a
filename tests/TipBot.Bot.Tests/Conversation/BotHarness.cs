using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Conversation;
using TipBot.Bot.Insights;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Conversation;

/// <summary>The real bot (AddConversation) in memory on the SDK's TestAdapter, with MemoryStorage and a recording insights store.</summary>
internal sealed class BotHarness
{
    private BotHarness(ServiceProvider services, TestAdapter adapter)
    {
        Services = services;
        Adapter = adapter;
        Bot = services.GetRequiredService<IBot>();
        Insights = (RecordingInsightsStore)services.GetRequiredService<IInsightsStore>();
    }

    public ServiceProvider Services { get; }

    public TestAdapter Adapter { get; }

    public IBot Bot { get; }

    public RecordingInsightsStore Insights { get; }

    /// <summary>Every card the bot produced in this harness, for the adaptivecards validation.</summary>
    public List<string> CardsSeen { get; } = [];

    public static BotHarness Create(ITipSearch search, ConversationReference? conversation = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        var storage = new MemoryStorage();
        services.AddSingleton<IStorage>(storage);
        services.AddSingleton(new UserState(storage));
        services.AddSingleton(new ConversationState(storage));
        services.AddSingleton(search);
        services.AddSingleton<IInsightsStore, RecordingInsightsStore>();
        configure?.Invoke(services);
        services.AddConversation();
        var adapter = new TestAdapter(conversation ?? Conversation("a:personal-1", "personal"));
        return new BotHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), adapter);
    }

    public static ConversationReference Conversation(string conversationId, string? conversationType = null, bool isGroup = false, string channelId = Channels.Msteams) =>
        new()
        {
            ChannelId = channelId,
            ServiceUrl = "https://smba.example/teams/",
            User = new ChannelAccount("user-1", "Ada"),
            Bot = new ChannelAccount("bot-1", "TipBot"),
            Conversation = new ConversationAccount(isGroup, conversationType, conversationId),
        };

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        Adapter.ActiveQueue.Clear();
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        var replies = Adapter.ActiveQueue.ToList();
        Adapter.ActiveQueue.Clear();
        foreach (var reply in replies)
        {
            CardsSeen.AddRange(CardsIn(reply).Select(c => c.ToString(Newtonsoft.Json.Formatting.None)));
        }
        return replies;
    }

    public Task<List<Activity>> SayAsync(string text, string locale = "nl-NL") =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale });

    /// <summary>A card button as Teams sends Action.Execute: invoke adaptiveCard/action with {action:{type, verb, data}}.</summary>
    public Task<List<Activity>> ExecuteAsync(JObject execute, string locale = "nl-NL") =>
        SendAsync(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Locale = locale,
            Value = new JObject
            {
                ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = execute["verb"], ["data"] = execute["data"] },
                ["trigger"] = "manual",
            },
        });

    /// <summary>The same button as a host without Action.Execute sends its Action.Submit fallback: a message with the data as value.</summary>
    public Task<List<Activity>> SubmitAsync(JObject execute, string locale = "nl-NL") =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Locale = locale, Value = execute["fallback"]!["data"]!.DeepClone() });

    public static IEnumerable<JObject> CardsIn(Activity activity) =>
        (activity.Attachments ?? []).Where(a => a.ContentType == Turn.AdaptiveCardContentType).Select(a => JObject.FromObject(a.Content));

    /// <summary>The Action.Execute whose title is <paramref name="title"/> anywhere in the card (body action sets included).</summary>
    public static JObject ActionTitled(JObject card, string title) =>
        card.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.Execute" && (string?)o["title"] == title);

    public static InvokeResponse InvokeResponseIn(IEnumerable<Activity> replies) =>
        (InvokeResponse)replies.Single(a => a.Type == ActivityTypesEx.InvokeResponse).Value;

    /// <summary>The invoke response as the HTTP reply carries it: status, and the body serialised as the SDK does.</summary>
    public static JsonNode InvokeJson(IEnumerable<Activity> replies)
    {
        var response = InvokeResponseIn(replies);
        return new JsonObject
        {
            ["status"] = response.Status,
            ["body"] = response.Body is null ? null : JsonNode.Parse(JToken.FromObject(response.Body).ToString()),
        };
    }
}
