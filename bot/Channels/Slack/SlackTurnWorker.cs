using Microsoft.Bot.Builder;

namespace TipBot.Bot.Slack;

/// <summary>Runs the queued Slack turns through the bot, in the background after Slack has had its ack.</summary>
public sealed class SlackTurnWorker(
    SlackTurnQueue queue,
    SlackAdapter adapter,
    SlackUserLocales locales,
    IServiceScopeFactory scopes,
    ILogger<SlackTurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, SlackTurnQueue.Lanes).Select(lane => RunLaneAsync(lane, stoppingToken)));

    private async Task RunLaneAsync(int lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var activity in queue.Reader(lane).ReadAllAsync(stoppingToken))
            {
                try
                {
                    // Slack's requests seldom say the user's language; ask Slack once per user rather than assume Slack:Locale.
                    if (!SlackOrigin.Of(activity).LocaleFromRequest && activity.From?.Id is { } userId
                        && await locales.LocaleOfAsync(userId, stoppingToken) is { } locale)
                    {
                        activity.Locale = locale;
                    }
                    await using var scope = scopes.CreateAsyncScope();
                    var bot = scope.ServiceProvider.GetRequiredService<IBot>();
                    await adapter.ProcessAsync(activity, bot.OnTurnAsync, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // One failed turn must not stop the lane; the adapter already told the user something went wrong.
                    logger.LogError(e, "Slack turn in conversation {Conversation} failed", activity.Conversation?.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
