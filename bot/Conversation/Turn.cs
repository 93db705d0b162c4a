using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using TipBot.Bot.Cards;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Conversation;

/// <summary>One incoming activity as handlers see it: the text without the bot's mention, the user's language, ways to answer.</summary>
public sealed class Turn(ITurnContext context, TextCatalog catalog, IServiceProvider services)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public ITurnContext Context { get; } = context;

    /// <summary>For route conditions that need a service (handlers get theirs injected).</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>What the user typed, the bot's mention already removed, trimmed.</summary>
    public string Text => Context.Activity.Text?.Trim() ?? "";

    /// <summary>The text as a command word: lower case, no trailing punctuation ("Help!" is "help").</summary>
    public string Command => Text.TrimEnd('.', '!', '?', ' ').ToLowerInvariant() is { Length: > 0 } command ? command : Text;

    public LocalTexts Texts { get; } = new(catalog, context.Activity.Locale);

    public Task SendTextAsync(string markdown, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(markdown);
        reply.TextFormat = TextFormatTypes.Markdown;
        return Context.SendActivityAsync(reply, cancellationToken);
    }

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) =>
        SendCardsAsync(null, [card], cancellationToken);

    /// <summary>One message: an optional intro line and the cards stacked as a list.</summary>
    public Task SendCardsAsync(string? intro, IReadOnlyList<JsonObject> cards, CancellationToken cancellationToken) =>
        SendAttachmentsAsync(intro, cards.Select(ForThisChannel).Select(ToAttachment), cancellationToken);

    /// <summary>As <see cref="SendCardsAsync(string?, IReadOnlyList{JsonObject}, CancellationToken)"/>, for cards already in this channel's form (<see cref="QuestionCardCache"/>).</summary>
    public Task SendCardsAsync(string? intro, IReadOnlyList<QuestionCard> cards, CancellationToken cancellationToken) =>
        SendAttachmentsAsync(intro, cards.Select(card => new Attachment { ContentType = AdaptiveCardContentType, Content = card }), cancellationToken);

    private Task SendAttachmentsAsync(string? intro, IEnumerable<Attachment> attachments, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Attachment(attachments, intro);
        reply.AttachmentLayout = AttachmentLayoutTypes.List;
        if (intro is not null)
        {
            reply.TextFormat = TextFormatTypes.Markdown;
        }
        return Context.SendActivityAsync(reply, cancellationToken);
    }

    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        Context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    /// <summary>Teams gets Action.Execute (with its Action.Submit fallback); other channels get the Action.Submit.</summary>
    public bool IsTeams => Context.Activity.ChannelId == Channels.Msteams;

    private JsonObject ForThisChannel(JsonObject card) => IsTeams ? card : SubmitActions.Replace(card);

    /// <summary>Our cards are System.Text.Json nodes; the SDK serialises with Newtonsoft, so hand it a JObject.</summary>
    public static Attachment ToAttachment(JsonObject card) =>
        new() { ContentType = AdaptiveCardContentType, Content = ToJObject(card) };

    public static Newtonsoft.Json.Linq.JObject ToJObject(JsonObject node) => NewtonsoftCard.ToJObject(node);
}
