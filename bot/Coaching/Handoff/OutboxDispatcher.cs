using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Observability;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// Delivers stored outbox messages: the request card, card updates, the requester's notices and the optional
/// hand-off event. A 429/5xx or unreachable channel is retried with exponential backoff and jitter (honouring
/// Retry-After); as the messages are stored, a restart simply picks them up again.
/// </summary>
public sealed class OutboxDispatcher(
    ICoachingOutbox outbox,
    ICoachingRequestStore store,
    ICoachingChannelClient channel,
    TextCatalog texts,
    IOptions<CoachingOptions> options,
    OutboxSignal signal,
    TimeProvider clock,
    TipBotMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.Value.Outbox.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The store itself failed (disk, lock): wait and try again rather than stop delivering for good.
                logger.LogError(e, "Coaching outbox could not be read.");
                await Task.Delay(options.Value.Outbox.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Tries every due message once; returns how many were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        var due = await outbox.ClaimDueAsync(clock.GetUtcNow(), 50, options.Value.Outbox.ClaimLease, cancellationToken).ConfigureAwait(false);
        foreach (var message in due)
        {
            if (await DeliverOneAsync(message, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
        }
        metrics.OutboxBacklog(due.Count - delivered);
        return delivered;
    }

    private async Task<bool> DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        try
        {
            await DeliverAsync(message, cancellationToken).ConfigureAwait(false);
            await outbox.SaveAsync(message with { Attempts = attempts, DeliveredAt = clock.GetUtcNow(), LastError = null }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var delivery = e as DeliveryException;
            var giveUp = delivery is { Transient: false } || attempts >= options.Value.Outbox.MaxAttempts;
            var next = clock.GetUtcNow() + Backoff(attempts, delivery?.RetryAfter);
            logger.Log(giveUp ? LogLevel.Error : LogLevel.Warning, e, "Coaching outbox {Kind} for request {RequestId}: attempt {Attempts} failed{GiveUp}.",
                message.Kind, message.RequestId, attempts, giveUp ? "; giving up" : "");
            await outbox.SaveAsync(message with { Attempts = attempts, Failed = giveUp, NextAttemptAt = next, LastError = e.Message }, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var settings = options.Value.Outbox;
        var exponential = settings.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromMilliseconds(Math.Min(exponential, settings.MaxRetryDelay.TotalMilliseconds) * (0.8 + (0.4 * Random.Shared.NextDouble())));
        return retryAfter is { } after && after > delay ? after : delay;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var request = await store.GetAsync(message.RequestId, cancellationToken).ConfigureAwait(false)
            ?? throw new DeliveryException($"Request {message.RequestId} does not exist.", transient: false);
        var coachesLocale = options.Value.CoachesLocale;
        switch (message.Kind)
        {
            case OutboxKind.PostRequestCard:
                if (request.CardActivityId is not null)
                {
                    return;
                }
                var (conversationId, activityId) = await channel.PostNewThreadAsync(CardMessage(request, coachesLocale), cancellationToken).ConfigureAwait(false);
                await store.UpdateAsync(request.Id, r => r with { CardConversationId = conversationId, CardActivityId = activityId }, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            case OutboxKind.UpdateRequestCard:
                // Not posted yet: the post will show the current state anyway.
                if (request.CardActivityId is null || request.CardConversationId is null || options.Value.Channel.ServiceUrl is not { } serviceUrl)
                {
                    return;
                }
                await channel.UpdateAsync(serviceUrl, request.CardConversationId, request.CardActivityId, CardMessage(request, coachesLocale), cancellationToken).ConfigureAwait(false);
                return;
            case OutboxKind.NotifyRequester:
                if (RequesterAddress.Parse(request.RequesterAddress) is not { } reference)
                {
                    return; // The requester asked to be forgotten.
                }
                var key = message.Status == CoachingStatus.Completed ? "coaching.notify.completed" : "coaching.notify.claimed";
                await channel.SendAsync(reference, MessageFactory.Text(texts.Get(request.Locale, key, request.CoachName is null ? null : TipBot.Bot.Cards.CardMarkdown.Escape(request.CoachName), request.Reference)), cancellationToken).ConfigureAwait(false);
                return;
            case OutboxKind.Handoff:
                if (RequesterAddress.Parse(request.RequesterAddress) is not { } hubReference)
                {
                    return;
                }
                await channel.SendAsync(hubReference, HandoffEvent.For(request, texts), cancellationToken).ConfigureAwait(false);
                return;
            default:
                throw new DeliveryException($"Unknown outbox kind {message.Kind}.", transient: false);
        }
    }

    private IMessageActivity CardMessage(CoachingRequest request, string locale)
    {
        var message = MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(RequestCard.Json(request, texts, locale)));
        // The notification preview in Teams shows this summary line.
        message.Summary = texts.Get(locale, "coaching.card.title", request.Reference);
        return message;
    }
}
