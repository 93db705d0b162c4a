using Microsoft.Bot.Schema;
using TipBot.Bot.Coaching.Handoff;

namespace TipBot.Bot.Slack;

/// <summary>
/// The hand-off's channel client with Slack added: a proactive message to a requester who asked in Slack (for
/// example "your coach is ...") goes through <see cref="SlackAdapter"/>; everything else, including the coaches'
/// own channel, stays with the Bot Connector.
/// </summary>
public sealed class SlackAwareCoachingChannelClient(ConnectorChannelClient connector, SlackAdapter slack) : ICoachingChannelClient
{
    public Task<(string ConversationId, string ActivityId)> PostNewThreadAsync(IActivity activity, CancellationToken cancellationToken) =>
        connector.PostNewThreadAsync(activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, IActivity activity, CancellationToken cancellationToken) =>
        connector.UpdateAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

    public async Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
    {
        if (reference.ChannelId != SlackActivities.ChannelId)
        {
            await connector.SendAsync(reference, activity, cancellationToken);
            return;
        }
        string? ts = null;
        await slack.ContinueConversationAsync(
            botId: "",
            reference,
            async (turn, ct) => ts = (await turn.SendActivityAsync(activity, ct))?.Id,
            cancellationToken);
        if (ts is null)
        {
            // The outbox retries transient failures; Slack refusing or not answering may well pass later.
            throw new DeliveryException("Slack did not accept the message (see the log for Slack's error).", transient: true);
        }
    }
}
