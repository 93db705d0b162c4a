using Microsoft.Bot.Builder;

namespace TipBot.Bot.Slack;

/// <summary>
/// Runs the queued Slack turns through the bot, in the background after Slack has had its ack, and then removes
/// each from the inbox. On a graceful stop (a deployment, a scale-in) it answers every turn already queued before
/// it goes: Slack was told 200 for each of them and will not send them again.
/// </summary>
public sealed class SlackTurnWorker(
    SlackTurnQueue queue,
    ISlackInbox inbox,
    SlackAdapter adapter,
    SlackUserLocales locales,
    IServiceScopeFactory scopes,
    ILogger<SlackTurnWorker> logger) : IHostedService
{
    // Cancelled only when the host's shutdown timeout runs out while queued turns are still waiting. Not disposed:
    // turns that could not be interrupted may still read its token after the host has gone.
    private readonly CancellationTokenSource _abandon = new();
    private Task _lanes = Task.CompletedTask;
    private int _dropped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lanes = Task.WhenAll(Enumerable.Range(0, SlackTurnQueue.Lanes).Select(lane => Task.Run(() => RunLaneAsync(lane), CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // New requests now get 503 (Slack retries them, on another instance or after the restart); queued ones drain.
        queue.Complete();
        try
        {
            await _lanes.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout is out: skip what is still queued. Turns still running cannot be
            // interrupted safely; whatever did not finish stays in the inbox for another instance.
            await _abandon.CancelAsync().ConfigureAwait(false);
        }
        if (_dropped > 0)
        {
            logger.LogWarning("Stopped before {Count} queued Slack turns could run; they stay in the inbox for another instance", _dropped);
        }
    }

    private async Task RunLaneAsync(int lane)
    {
        await foreach (var (inboxId, activity) in queue.Reader(lane).ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (_abandon.IsCancellationRequested)
            {
                // Left in the inbox: another instance, or this one after its restart, runs it once the lease is out.
                Interlocked.Increment(ref _dropped);
                continue;
            }
            try
            {
                // Slack's requests seldom say the user's language; ask Slack once per user rather than assume Slack:Locale.
                if (!SlackOrigin.Of(activity).LocaleFromRequest && activity.From?.Id is { } userId
                    && await locales.LocaleOfAsync(userId, _abandon.Token).ConfigureAwait(false) is { } locale)
                {
                    activity.Locale = locale;
                }
                await using var scope = scopes.CreateAsyncScope();
                var bot = scope.ServiceProvider.GetRequiredService<IBot>();
                await adapter.ProcessAsync(activity, bot.OnTurnAsync, _abandon.Token).ConfigureAwait(false);
                await ForgetAsync(inboxId).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
            {
                Interlocked.Increment(ref _dropped);
            }
            catch (Exception e)
            {
                // One failed turn must not stop the lane; the adapter already told the user something went wrong.
                logger.LogError(e, "Slack turn in conversation {Conversation} failed", activity.Conversation?.Id);
                await ForgetAsync(inboxId).ConfigureAwait(false);
            }
        }
    }

    private async Task ForgetAsync(string inboxId)
    {
        try
        {
            await inbox.RemoveAsync(inboxId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The turn has run; left in the inbox it would run once more after its lease, so say so.
            logger.LogWarning(e, "Slack turn {Id} ran but stays in the inbox; it may be answered twice", inboxId);
        }
    }
}
