using Microsoft.Bot.Builder;

namespace TipBot.Bot.Observability;

/// <summary>Counts failed storage calls in <see cref="TipBotMetrics"/>, whichever provider is underneath.</summary>
public sealed class MeasuredStorage(IStorage inner, TipBotMetrics metrics) : IStorage
{
    /// <summary>The provider underneath.</summary>
    public IStorage Inner => inner;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            metrics.StorageFailed("read");
            throw;
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            metrics.StorageFailed("write");
            throw;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            metrics.StorageFailed("delete");
            throw;
        }
    }

    // A cancelled request or a lost optimistic-concurrency race is normal traffic, not a storage fault.
    private static bool IsFailure(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested)
        && e is not Storage.ETagConflictException;
}
