using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using TipBot.Bot.Knowledge;
using TipBot.Bot.Storage;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Hosting;

/// <summary>What GET /healthz and GET /readyz show.</summary>
public sealed record HealthReport(string Status, IndexHealth Index, StorageHealth Storage)
{
    /// <summary>
    /// Worth sending traffic to: an index with documents (a stale one still serves) that has warmed up once, and storage that answers.
    /// </summary>
    public bool Ready => Storage.Status == "ok" && Index.Documents > 0 && Index.Warm;
}

/// <param name="Warm">The first index's warm-up is done; later rebuilds warm up while the previous index serves, so they do not count.</param>
public sealed record IndexHealth(string Status, string Path, int Documents, DateTimeOffset? LastBuild, double? LastBuildMs, IReadOnlyList<string> Errors, bool Warm);

public sealed record StorageHealth(string Status, string Provider, string? Error);

/// <summary>Gathers the index's last build and a cheap storage read into one <see cref="HealthReport"/>.</summary>
public sealed class HealthReporter(IServiceProvider services, KnowledgeFolder folder, IOptions<StorageOptions> storageOptions)
{
    private const int MaxErrorsShown = 50;

    // Set once: a rebuild on every instance at once (a library change) must not take them all out of the load balancer.
    private volatile bool _warmedOnce;

    public async Task<HealthReport> ReportAsync(CancellationToken cancellationToken)
    {
        var index = Index();
        var storage = await StorageAsync(cancellationToken);
        var status = storage.Status != "ok" ? "unhealthy" : index.Status != "ok" ? "degraded" : "ok";
        return new HealthReport(status, index, storage);
    }

    private IndexHealth Index()
    {
        var index = services.GetService<IKnowledgeIndex>();
        if (index is null)
        {
            return new IndexHealth("missing", folder.Path, 0, null, null, ["No knowledge index is registered."], false);
        }
        var build = index.LastBuild;
        if (build is null)
        {
            return new IndexHealth("building", index.KnowledgePath, 0, null, null, [], false);
        }
        var errors = build.Diagnostics.Take(MaxErrorsShown).Select(d => d.ToString()).ToList();
        var documents = index.Documents.Count;
        var status = !build.Succeeded ? "stale" : documents == 0 ? "empty" : "ok";
        // A warm-up that failed leaves a slower index, not a wrong one: it counts as done.
        if (!_warmedOnce && documents > 0 && index.Warmed.IsCompleted) _warmedOnce = true;
        return new IndexHealth(status, index.KnowledgePath, documents, build.FinishedAt, build.Duration.TotalMilliseconds, errors, _warmedOnce);
    }

    private async Task<StorageHealth> StorageAsync(CancellationToken cancellationToken)
    {
        var provider = storageOptions.Value.Provider;
        try
        {
            await services.GetRequiredService<IStorage>().ReadAsync(["tipbot/healthz"], cancellationToken);
            return new StorageHealth("ok", provider, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new StorageHealth("error", provider, e.Message);
        }
    }
}
