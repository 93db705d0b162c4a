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
public sealed class DeliveryException(string message, bool transient, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
