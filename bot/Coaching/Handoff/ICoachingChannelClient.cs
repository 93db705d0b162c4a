using Microsoft.Bot.Schema;

namespace TipBot.Bot.Coaching.Handoff;

/// <summary>The three Connector operations the hand-off needs.</summary>
public interface ICoachingChannelClient
{
    /// <summary>Posts <paramref name="activity"/> as a new thread in the coaches' channel.</summary>
    Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken);

    Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken);

    /// <summary>Sends a proactive activity to the conversation of <paramref name="reference"/>.</summary>
    Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken);
}

/// <summary>A failed delivery, and whether trying again later may work (429, 5xx, network).</summary>
public sealed class DeliveryException(
    string message, bool transient, TimeSpan? retryAfter = null, Exception? inner = null, bool mayHaveArrived = true, bool rateLimited = false)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The channel answered 429: the whole conversation should wait, not only this message.</summary>
    public bool RateLimited { get; } = rateLimited;

    /// <summary>
    /// False only when the channel surely did not take the message (it refused it, or was never reached); a
    /// time-out or a gateway error may hide a message that did arrive.
    /// </summary>
    public bool MayHaveArrived { get; } = mayHaveArrived;
}
