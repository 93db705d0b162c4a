using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace TipBot.Bot.Slack;

/// <summary>
/// Now and then takes the inbox's turns whose lease ran out (their instance died, or stopped before it could run
/// them) and queues them here. A turn started <see cref="MaxAttempts"/> times without finishing is given up.
/// </summary>
public sealed class SlackInboxSweeper(
    ISlackInbox inbox,
    SlackTurnQueue queue,
    TimeProvider clock,
    IOptions<SlackOptions> options,
    ILogger<SlackInboxSweeper> logger) : BackgroundService
{
    public const int MaxAttempts = 3;

    private const int BatchSize = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not look for Slack turns left over by a stopped instance; trying again later");
                }
                await Task.Delay(options.Value.InboxSweepInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass; returns how many turns were queued again.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entries = await inbox.ClaimExpiredAsync(now, now + options.Value.InboxLease, BatchSize, cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var entry in entries)
        {
            var activity = entry.Attempts <= MaxAttempts ? Read(entry) : null;
            if (activity is null)
            {
                logger.LogError("Slack turn {Id} given up after {Attempts} attempts", entry.Id, entry.Attempts - 1);
                await inbox.RemoveAsync(entry.Id, cancellationToken).ConfigureAwait(false);
                continue;
            }
            // A full queue leaves the turn in the inbox; the next pass after its lease tries again.
            if (queue.TryEnqueue(new SlackTurn(entry.Id, activity)))
            {
                logger.LogInformation("Slack turn {Id} in conversation {Conversation} taken over (attempt {Attempt})", entry.Id, activity.Conversation?.Id, entry.Attempts);
                queued++;
            }
        }
        return queued;
    }

    private Activity? Read(SlackInboxEntry entry)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(entry.Activity);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Slack turn {Id} in the inbox cannot be read", entry.Id);
            return null;
        }
    }
}
