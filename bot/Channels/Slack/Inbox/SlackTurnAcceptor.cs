using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace TipBot.Bot.Slack;

/// <summary>
/// Takes a verified Slack turn before Slack gets its 200: first into the shared inbox (so a crash after the ack
/// loses nothing), then into this instance's queue.
/// </summary>
public sealed class SlackTurnAcceptor(ISlackInbox inbox, SlackTurnQueue queue, TimeProvider clock, IOptions<SlackOptions> options)
{
    /// <summary>False when the queue is full (answer 503: Slack tries again). Throws when storage cannot be reached.</summary>
    public async Task<bool> TryAcceptAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        await inbox.AddAsync(id, JsonConvert.SerializeObject(activity), clock.GetUtcNow() + options.Value.InboxLease, cancellationToken).ConfigureAwait(false);
        if (queue.TryEnqueue(new SlackTurn(id, activity)))
        {
            return true;
        }
        // Slack will send it again after the 503; the stored copy would answer it twice.
        await inbox.RemoveAsync(id, CancellationToken.None).ConfigureAwait(false);
        return false;
    }
}
