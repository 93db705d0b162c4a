using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching;
using TipBot.Bot.Conversation;
using TipBot.Bot.Insights;
using TipBot.Bot.Tests.Conversation;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Texts;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>The whole bot (conversation core and coaching) over the SDK's TestAdapter with a given IStorage: one "process".</summary>
internal sealed class IntakeHarness : IAsyncDisposable
{
    public IntakeHarness(IStorage? storage = null, ICoachingRequestStore? store = null, string locale = "nl-NL", string conversationId = "intake-test", Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<BotFrameworkAuthentication>(new ConfigurationBotFrameworkAuthentication(configuration));
        storage ??= new MemoryStorage();
        services.AddSingleton(storage);
        services.AddSingleton(new UserState(storage));
        services.AddSingleton(new ConversationState(storage));
        services.AddSingleton<ITipSearch, FakeTipSearch>();
        services.AddSingleton<IInsightsStore, RecordingInsightsStore>();
        services.AddConversation();
        services.AddCoachingCore();
        services.AddCoachingStore(_ => store ?? new MemoryCoachingStore());
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Bot = Services.GetRequiredService<IBot>();
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId)) { Locale = locale };
        Locale = locale;
    }

    public ServiceProvider Services { get; }

    public IBot Bot { get; }

    public TestAdapter Adapter { get; }

    public string Locale { get; }

    public TextCatalog Texts => Services.GetRequiredService<TextCatalog>();

    public ICoachingRequestStore Store => Services.GetRequiredService<ICoachingRequestStore>();

    public DialogRunner Runner => Services.GetRequiredService<DialogRunner>();

    public string T(string key, params object?[] args) => Texts.Get(Locale, key, args);

    public Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Bot.OnTurnAsync(turnContext, cancellationToken);

    /// <summary>Sends one message and returns every reply to it.</summary>
    public async Task<List<IActivity>> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, BotAsync, CancellationToken.None);
        return Replies();
    }

    /// <summary>Sends what a card's Action.Submit sends: a message with a value and no text.</summary>
    public async Task<List<IActivity>> SubmitAsync(JObject value)
    {
        var activity = Adapter.MakeActivity();
        activity.Value = value;
        await Adapter.ProcessActivityAsync(activity, BotAsync, CancellationToken.None);
        return Replies();
    }

    public async Task<bool> IsActiveAsync()
    {
        var activity = (Activity)Adapter.MakeActivity();
        activity.ApplyConversationReference(Adapter.Conversation, isIncoming: true);
        return await Runner.IsActiveAsync(new TurnContext(Adapter, activity));
    }

    private List<IActivity> Replies()
    {
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}

internal static class ReplyExtensions
{
    public static string LastText(this List<IActivity> replies) => replies.Count == 0 ? "" : replies[^1].AsMessageActivity()?.Text ?? "";

    /// <summary>Every reply's text and card content, for "does the user see X" checks.</summary>
    public static string AllText(this List<IActivity> replies) =>
        string.Join("\n", replies.Select(r => r.AsMessageActivity()).Where(m => m is not null)
            .SelectMany(m => new[] { m!.Text }.Concat((m.Attachments ?? []).Select(a => a.Content is JObject j ? j.ToString() : a.Content?.ToString()))));
}
