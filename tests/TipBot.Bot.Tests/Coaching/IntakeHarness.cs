using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Coaching;
using TipBot.Bot.Dialogs;
using TipBot.Bot.Texts;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Tests.Coaching;

/// <summary>
/// The coaching router over the SDK's TestAdapter, with a given IStorage: one "process". A message the router
/// does not take is answered "fallback: ..." (where the conversation layer would search).
/// </summary>
internal sealed class IntakeHarness : IAsyncDisposable
{
    public const string FallbackPrefix = "fallback: ";

    public IntakeHarness(IStorage? storage = null, ICoachingRequestStore? store = null, string locale = "nl-NL", string conversationId = "intake-test")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(storage ?? new MemoryStorage());
        services.AddSingleton<ITipSearch, FakeTipSearch>();
        services.AddCoachingCore();
        services.AddCoachingStore(_ => store ?? new MemoryCoachingStore());
        Services = services.BuildServiceProvider();
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId)) { Locale = locale };
        Locale = locale;
    }

    public ServiceProvider Services { get; }

    public TestAdapter Adapter { get; }

    public string Locale { get; }

    public TextCatalog Texts => Services.GetRequiredService<TextCatalog>();

    public ICoachingRequestStore Store => Services.GetRequiredService<ICoachingRequestStore>();

    public DialogRunner Runner => Services.GetRequiredService<DialogRunner>();

    public string T(string key, params object?[] args) => Texts.Get(Locale, key, args);

    public async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var router = Services.GetRequiredService<IntakeRouter>();
        if (!await router.TryHandleAsync(turnContext, cancellationToken))
        {
            await turnContext.SendActivityAsync(FallbackPrefix + turnContext.Activity.Text, cancellationToken: cancellationToken);
        }
    }

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

    public static string AllText(this List<IActivity> replies) => string.Join("\n", replies.Select(r => r.AsMessageActivity()?.Text));
}
