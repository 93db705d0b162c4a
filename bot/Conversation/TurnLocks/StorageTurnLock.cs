using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TipBot.Bot.Storage;

namespace TipBot.Bot.Conversation.TurnLocks;

/// <summary>
/// Serialises the turns of one conversation across instances that share storage: a turn first takes the conversation's
/// <see cref="TurnLease"/> with an ETag-guarded write; a turn that loses that race retries until the lease is free.
/// A lease expires, so an instance killed mid-turn holds nobody up for long.
/// </summary>
public sealed class StorageTurnLock(IStorage storage, TimeProvider clock, ILogger logger) : ITurnLock
{
    /// <summary>Longer than any turn should take; a dead instance's lease blocks its conversation at most this long.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the lease before it gives up (and the user gets the error reply).</summary>
    public static readonly TimeSpan WaitLimit = LeaseTime + TimeSpan.FromSeconds(15);

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
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
                    return new Held(this, key, owner);
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

    private sealed class Held(StorageTurnLock owner, string key, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(key, holder).ConfigureAwait(false);
    }
}
