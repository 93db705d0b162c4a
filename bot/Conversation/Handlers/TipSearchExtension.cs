using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Cards;
using TipBot.Bot.Tips;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Conversation.Handlers;

/// <summary>
/// Teams' "Zoek een tip" message extension (composeExtension/query): tip cards with thumbnail previews, paged with
/// skip/count; the first run, before anything is typed, shows featured tips. Choosing one inserts its card.
/// </summary>
public sealed class TipSearchExtension(ITipSearch search, TopicCatalog topics) : IInvokeHandler
{
    private const int DefaultCount = 10;
    private const int MaxCount = 25;

    public Task<InvokeResponse> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (ReadQuery(turn.Context.Activity.Value) is not { } query)
        {
            return Task.FromResult(new InvokeResponse { Status = 400 });
        }

        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? DefaultCount, 1, MaxCount);
        var parameters = query.Parameters ?? [];
        var initialRun = parameters.Any(p => p.Name == "initialRun" && string.Equals(p.Value?.ToString(), "true", StringComparison.OrdinalIgnoreCase));
        var text = parameters.FirstOrDefault(p => p.Name != "initialRun")?.Value?.ToString()?.Trim() ?? "";

        // Search-box results are a list to choose from, so weaker matches are shown too (unlike chat answers).
        var tips = initialRun || text.Length == 0
            ? topics.Featured(skip, count)
            : search.Search(new SearchQuery(text) { Top = count, Skip = skip }).Hits.Select(TipView.From).ToList();

        var attachments = tips.Select(tip => ToAttachment(tip, turn)).ToList();
        var response = new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = "result",
                AttachmentLayout = AttachmentLayoutTypes.List,
                Attachments = attachments,
            },
        };
        return Task.FromResult(new InvokeResponse { Status = 200, Body = response });
    }

    private static MessagingExtensionQuery? ReadQuery(object? value)
    {
        try
        {
            return value is null ? null : (value as JToken ?? JToken.FromObject(value)) is JObject json ? json.ToObject<MessagingExtensionQuery>() : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static MessagingExtensionAttachment ToAttachment(TipView tip, Turn turn)
    {
        var card = TipCard.Build(tip, turn.Texts, TipCardMode.Inserted);
        return new MessagingExtensionAttachment
        {
            ContentType = Turn.AdaptiveCardContentType,
            Content = Turn.ToJObject(card),
            Preview = new ThumbnailCard
            {
                Title = tip.Title,
                Subtitle = turn.Texts["kind." + tip.Kind.ToString().ToLowerInvariant()],
                Text = tip.Summary,
            }.ToAttachment(),
        };
    }
}
