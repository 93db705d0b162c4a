using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TipBot.Bot.Coaching.Cards;
using TipBot.Bot.Observability;
using TipBot.Bot.Pacing;
using TipBot.Bot.Texts;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>
/// Delivers stored outbox messages: the request card, card updates, the requester's notices and the optional
/// hand-off event. A 429/5xx or unreachable channel is retried with exponential backoff and jitter (honouring
/// Retry-After); as the messages are stored, a restart simply picks them up again. Posts keep to the channel's
/// per-conversation limits (<see cref="ChannelPacers"/>): a message for a busy conversation waits its turn in the
/// outbox while messages for other conversations go on.
/// </summary>
public sealed class OutboxDispatcher(
    ICoachingOutbox outbox,
    ICoachingRequestStore store,
    ICoachingChannelClient channel,
    TextCatalog texts,
    IOptions<CoachingOptions> options,
    OutboxSignal signal,
    ChannelPacers pacers,
    TimeProvider clock,
    TipBotMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>The earliest time a message put back for a busy conversation may go (null: none waiting).</summary>
    private DateTimeOffset? _nextPaced;

    /// <summary>The conversation a message is posted in, for pacing.</summary>
    private readonly record struct Lane(string ChannelId, string ConversationId)
    {
        public string Key => ChannelId + "|" + ConversationId;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken).ConfigureAwait(false);
                var wait = options.Value.Outbox.PollInterval;
                if (_nextPaced is { } next && next - clock.GetUtcNow() < wait)
                {
                    wait = next - clock.GetUtcNow() is var due && due > TimeSpan.FromMilliseconds(20) ? due : TimeSpan.FromMilliseconds(20);
                }
                await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
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

    /// <summary>Tries every due message once (or puts it back for a busy conversation); returns how many were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _nextPaced = null;
        // Claimed and put-back messages drop out of the due list, so the next batch reaches other conversations.
        for (var batch = 0; batch < 20; batch++)
        {
            var due = await outbox.ClaimDueAsync(clock.GetUtcNow(), BatchSize, options.Value.Outbox.ClaimLease, cancellationToken).ConfigureAwait(false);
            var fresh = due.Where(m => seen.Add(m.Id)).ToList();
            for (var i = 0; i < fresh.Count; i++)
            {
                try
                {
                    if (await DeliverOneAsync(fresh[i], cancellationToken).ConfigureAwait(false))
                    {
                        delivered++;
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopping: the claimed messages not tried yet go back at once rather than after the claim lease.
                    foreach (var untried in fresh.Skip(i + 1))
                    {
                        await outbox.SaveAsync(untried with { NextAttemptAt = clock.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
                    }
                    throw;
                }
            }
            if (due.Count < BatchSize)
            {
                break;
            }
        }
        // Counted in the store, not from this pass: messages waiting for a retry, or taken by another instance, are backlog too.
        metrics.OutboxBacklog(await outbox.CountPendingAsync(cancellationToken).ConfigureAwait(false));
        return delivered;
    }

    private async Task<bool> DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        Lane? lane = null;
        try
        {
            var request = await store.GetAsync(message.RequestId, cancellationToken).ConfigureAwait(false)
                ?? throw new DeliveryException($"Request {message.RequestId} does not exist.", transient: false);
            lane = LaneOf(message.Kind, request);
            if (lane is { } l && pacers.For(l.ChannelId).TryReserve(l.Key) is { } wait)
            {
                // Not an attempt: the conversation has had its share for now.
                var at = clock.GetUtcNow() + wait;
                _nextPaced = _nextPaced is { } soonest && soonest < at ? soonest : at;
                await outbox.SaveAsync(message with { NextAttemptAt = at }, cancellationToken).ConfigureAwait(false);
                return false;
            }
            OutboxMessage Delivered() => message with { Attempts = attempts, DeliveredAt = clock.GetUtcNow(), LastError = null };
            if (!await DeliverAsync(message, request, Delivered, cancellationToken).ConfigureAwait(false))
            {
                // Delivered already: recorded even when the host is stopping, or the next start sends it again.
                await outbox.SaveAsync(Delivered(), CancellationToken.None).ConfigureAwait(false);
            }
            return true;
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or DeliveryException { InnerException: OperationCanceledException })
        {
            // Cut off by this host's own stop, not by the channel: not an attempt. Handed back at once, so the next
            // start (or another instance) need not wait for the claim lease.
            await outbox.SaveAsync(message with { NextAttemptAt = clock.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            throw new OperationCanceledException("The host is stopping.", e, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var delivery = e as DeliveryException;
            var giveUp = delivery is { Transient: false } || attempts >= options.Value.Outbox.MaxAttempts;
            var backoff = Backoff(attempts, delivery?.RetryAfter);
            if (delivery is { RateLimited: true } && lane is { } limited)
            {
                // Everything else for this conversation waits too, not only this message.
                pacers.For(limited.ChannelId).Pause(limited.Key, delivery.RetryAfter ?? backoff);
            }
            logger.Log(giveUp ? LogLevel.Error : LogLevel.Warning, e, "Coaching outbox {Kind} for request {RequestId}: attempt {Attempts} failed{GiveUp}.",
                message.Kind, message.RequestId, attempts, giveUp ? "; giving up" : "");
            await outbox.SaveAsync(message with { Attempts = attempts, Failed = giveUp, NextAttemptAt = clock.GetUtcNow() + backoff, LastError = e.Message }, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>
    /// Where a message goes. Null for Slack requesters, whose posts the Slack API client paces itself, and
    /// for messages that will not be sent at all.
    /// </summary>
    private Lane? LaneOf(OutboxKind kind, CoachingRequest request)
    {
        var coaches = options.Value.Channel;
        var lane = kind switch
        {
            OutboxKind.PostRequestCard => coaches.ConversationId is { } channelConversation ? new Lane(coaches.ChannelId, channelConversation) : (Lane?)null,
            OutboxKind.UpdateRequestCard => request.CardConversationId is { } thread ? new Lane(coaches.ChannelId, thread) : null,
            _ => RequesterAddress.Parse(request.RequesterAddress) is { Conversation.Id: { } id } reference ? new Lane(reference.ChannelId, id) : null,
        };
        return lane is { ChannelId: Microsoft.Bot.Connector.Channels.Slack } ? null : lane;
    }

    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var settings = options.Value.Outbox;
        var exponential = settings.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromMilliseconds(Math.Min(exponential, settings.MaxRetryDelay.TotalMilliseconds) * (0.8 + (0.4 * Random.Shared.NextDouble())));
        return retryAfter is { } after && after > delay ? after : delay;
    }

    /// <summary>Delivers one message; true when it also stored <paramref name="delivered"/> itself (atomically with its result).</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, CoachingRequest request, Func<OutboxMessage> delivered, CancellationToken cancellationToken)
    {
        var coachesLocale = options.Value.CoachesLocale;
        switch (message.Kind)
        {
            case OutboxKind.PostRequestCard:
                if (request.CardActivityId is not null)
                {
                    return false;
                }
                await PostRequestCardAsync(request, delivered, cancellationToken).ConfigureAwait(false);
                return true;
            case OutboxKind.UpdateRequestCard:
                if (request.CardActivityId is null || request.CardConversationId is null || options.Value.Channel.ServiceUrl is not { } serviceUrl)
                {
                    // Being posted right now: update once its id is known. Otherwise the post will show the current state anyway.
                    return request.CardPostStartedAt is not null
                        ? throw new DeliveryException("The request card is still being posted.", transient: true, mayHaveArrived: false)
                        : false;
                }
                await channel.UpdateAsync(serviceUrl, request.CardConversationId, request.CardActivityId, CardMessage(request, coachesLocale), cancellationToken).ConfigureAwait(false);
                return false;
            case OutboxKind.NotifyRequester:
                if (RequesterAddress.Parse(request.RequesterAddress) is not { } reference)
                {
                    return false; // The requester asked to be forgotten.
                }
                var key = message.Status == CoachingStatus.Completed ? "coaching.notify.completed" : "coaching.notify.claimed";
                await channel.SendAsync(reference, MessageFactory.Text(texts.Get(request.Locale, key, request.CoachName is null ? null : TipBot.Bot.Cards.CardMarkdown.Escape(request.CoachName), request.Reference)), cancellationToken).ConfigureAwait(false);
                return false;
            case OutboxKind.Handoff:
                if (RequesterAddress.Parse(request.RequesterAddress) is not { } hubReference)
                {
                    return false;
                }
                await channel.SendAsync(hubReference, HandoffEvent.For(request, texts), cancellationToken).ConfigureAwait(false);
                return false;
            default:
                throw new DeliveryException($"Unknown outbox kind {message.Kind}.", transient: false);
        }
    }

    /// <summary>
    /// Posts the request card so that a crash costs at most one repeat, and a marked one. The Connector cannot be asked
    /// whether a thread was made, so the attempt is stored before the post; an attempt still stored on the next try
    /// ended without an answer, and the card posted then tells coaches it may be a repeat. The card's address is
    /// stored in one transaction with the delivered outbox message.
    /// </summary>
    private async Task PostRequestCardAsync(CoachingRequest request, Func<OutboxMessage> delivered, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var posting = await store.UpdateAsync(
            request.Id,
            r => r with { CardPostStartedAt = started, CardMayBeDuplicate = r.CardMayBeDuplicate || r.CardPostStartedAt is not null },
            cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new DeliveryException($"Request {request.Id} does not exist.", transient: false);
        if (request.CardPostStartedAt is not null)
        {
            logger.LogWarning("Request {Reference}: the card post of {Started} ended without an answer; posting again, marked as a possible repeat.",
                request.Reference, request.CardPostStartedAt);
        }
        (string ConversationId, string ActivityId) posted;
        try
        {
            posted = await channel.PostNewThreadAsync(CardMessage(posting, options.Value.CoachesLocale), cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryException e) when (!e.MayHaveArrived)
        {
            await store.UpdateAsync(request.Id, r => r with { CardPostStartedAt = null }, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        // Posted: store where, even when the host is stopping, or the next start posts it again.
        await store.UpdateAsync(
            request.Id,
            r => r with { CardConversationId = posted.ConversationId, CardActivityId = posted.ActivityId, CardPostStartedAt = null },
            (_, _) => [delivered()],
            CancellationToken.None).ConfigureAwait(false);
    }

    private IMessageActivity CardMessage(CoachingRequest request, string locale)
    {
        var message = MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(RequestCard.Json(request, texts, locale)));
        // The notification preview in Teams shows this summary line.
        message.Summary = texts.Get(locale, "coaching.card.title", request.Reference);
        return message;
    }
}
