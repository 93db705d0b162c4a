using Microsoft.Bot.Builder;

namespace TipBot.Bot.Tests.Readiness;

/// <summary>Storage whose server has gone away: every call fails as a refused connection does.</summary>
internal sealed class UnreachableStorage : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new IOException("connection refused");

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        throw new IOException("connection refused");

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new IOException("connection refused");
}
