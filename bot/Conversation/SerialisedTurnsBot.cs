using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Storage;

namespace TipBot.Bot.Conversation;

/// <summary>
/// Runs one turn at a time per conversation, also across instances that share storage, so two messages of one
/// conversation arriving together (or at two instances) never both load the same state and lose one's update.
/// A turn first takes the conversation's <see cref="TurnLease"/> with an ETag-guarded write; a turn that loses that
/// race retries until the lease is free. A lease expires, so an instance killed mid-turn holds nobody up for long.
/// </summary>
public sealed class SerialisedTurnsBot(IBot inner, IStorage storage, TimeProvider clock, ILogger<SerialisedTurnsBot> logger) : IBot
{
    /// <summary>Longer than any turn should take; a dead instance's lease blocks its conversation at most this long.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the lease before it gives up (and the user gets the error reply).</summary>
    public static readonly TimeSpan WaitLimit = LeaseTime + TimeSpan.FromSeconds(15);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        var key = $"{activity.ChannelId}/turnlease/{activity.Conversation.Id}";
        var owner = Guid.NewGuid().ToString("N");
        await AcquireAsync(key, owner, cancellationToken).ConfigureAwait(false);
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(key, owner).ConfigureAwait(false);
        }
    }

    private async Task AcquireAsync(string key, string owner, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + WaitLimit;
        var pause = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            var now = clock.GetUtcNow();
            var current = await ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (current is null || current.Until <= now)
            {
                // The ETag just read (none when no lease was ever stored): if another turn writes first, this write fails.
                var lease = new TurnLease { Owner = owner, Until = now + LeaseTime, ETag = current?.ETag };
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [key] = lease }, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Exception e) when (IsConflict(e))
                {
                    // Another turn took it between our read and write: wait for it like for any holder.
                }
            }
            if (now >= giveUpAt)
            {
                throw new TimeoutException($"Conversation turn lease '{key}' stayed taken for {WaitLimit.TotalSeconds:0} s.");
            }
            await Task.Delay(pause, clock, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
        }
    }

    private async Task ReleaseAsync(string key, string owner)
    {
        try
        {
            var current = await ReadAsync(key, CancellationToken.None).ConfigureAwait(false);
            if (current?.Owner == owner)
            {
                // Expire rather than delete: guarded by the ETag, so a lease another turn took after ours ran out stays.
                current.Until = DateTimeOffset.MinValue;
                await storage.WriteAsync(new Dictionary<string, object> { [key] = current }, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // The turn itself is done; an unreleased lease only makes the next turn wait for its expiry.
            logger.LogWarning(e, "Conversation turn lease {Key} was not released.", key);
        }
    }

    private async Task<TurnLease?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var value) ? value switch
        {
            TurnLease lease => lease,
            JObject json => json.ToObject<TurnLease>(),
            null => null,
            _ => JObject.FromObject(value).ToObject<TurnLease>(),
        } : null;
    }

    // Our providers throw ETagConflictException; the SDK's MemoryStorage an ArgumentException saying "Etag conflict".
    private static bool IsConflict(Exception e) =>
        e is ETagConflictException || (e is ArgumentException && e.Message.Contains("Etag conflict", StringComparison.OrdinalIgnoreCase));
}
