using Microsoft.Extensions.Options;

namespace TipBot.Bot.Coaching;

/// <summary>Anonymises closed requests (see <see cref="CoachingStatuses"/>) older than Coaching:RetentionDays, once an hour.</summary>
public sealed class RetentionService(
    ICoachingRequestStore store,
    IOptions<CoachingOptions> options,
    TimeProvider clock,
    ILogger<RetentionService> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var count = await store.AnonymiseCompletedBeforeAsync(now.AddDays(-options.Value.RetentionDays), now, cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            logger.LogInformation("Anonymised {Count} closed coaching requests past the retention period.", count);
        }
        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Anonymising old coaching requests failed; trying again in an hour.");
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
