using Microsoft.Bot.Builder;

namespace TipBot.Bot.Slack;

/// <summary>
/// Runs the queued Slack turns through the bot, in the background after Slack has had its ack. On a graceful stop
/// (a deployment, a scale-in) it answers every turn already queued before it goes: Slack was told 200 for each of
/// them and will not send them again.
/// </summary>
public sealed class SlackTurnWorker(
    SlackTurnQueue queue,
    SlackAdapter adapter,
    SlackUserLocales locales,
    IServiceScopeFactory scopes,
    ILogger<SlackTurnWorker> logger) : IHostedService, IDisposable
{
    // Cancelled only when the host's shutdown timeout runs out while queued turns are still waiting.
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
        await using (cancellationToken.Register(_abandon.Cancel))
        {
            await _lanes.ConfigureAwait(false);
        }
        if (_dropped > 0)
        {
            logger.LogWarning("Stopped before {Count} queued Slack turns could run; those messages got no answer", _dropped);
        }
    }

    public void Dispose() => _abandon.Dispose();

    private async Task RunLaneAsync(int lane)
    {
        await foreach (var activity in queue.Reader(lane).ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (_abandon.IsCancellationRequested)
            {
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
            }
            catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
            {
                Interlocked.Increment(ref _dropped);
            }
            catch (Exception e)
            {
                // One failed turn must not stop the lane; the adapter already told the user something went wrong.
                logger.LogError(e, "Slack turn in conversation {Conversation} failed", activity.Conversation?.Id);
            }
        }
    }
}
