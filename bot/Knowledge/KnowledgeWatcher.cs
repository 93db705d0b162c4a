using System.Threading.Channels;
using TipBot.Indexer.Search;

namespace TipBot.Bot.Knowledge;

/// <summary>
/// Builds the index at startup and rebuilds it when a file under the knowledge folder is saved, added,
/// renamed or deleted; a burst of events (an editor's save, a git pull) becomes one rebuild after it goes quiet.
/// </summary>
public sealed partial class KnowledgeWatcher(IServiceProvider services, KnowledgeFolder folder, ILogger<KnowledgeWatcher> logger) : BackgroundService
{
    /// <summary>Quiet time before a rebuild; short enough that a saved tip is searchable within a second.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    /// <summary>A steady stream of changes still gets a rebuild at least this often.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? _watcher;
    private long _lastChangeTicks;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var index = services.GetService<IKnowledgeIndex>();
        if (index is null)
        {
            LogNoIndex(logger);
            return Task.CompletedTask;
        }
        if (index.LastBuild is null)
        {
            Rebuild(index);
        }
        if (!Directory.Exists(folder.Path))
        {
            LogMissingFolder(logger, folder.Path);
            return Task.CompletedTask;
        }
        _watcher = new FileSystemWatcher(folder.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        // A lost event (buffer overflow) means we no longer know what changed: rebuild everything.
        _watcher.Error += (_, e) =>
        {
            LogWatcherError(logger, e.GetException());
            Signal();
        };
        _watcher.EnableRaisingEvents = true;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var index = services.GetRequiredService<IKnowledgeIndex>();
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            _changes.Reader.TryRead(out _);
            var firstChange = DateTime.UtcNow;
            // Wait until the folder has been quiet for the debounce time (or the burst has gone on too long).
            while (true)
            {
                var quietSince = new DateTime(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc);
                var wait = quietSince + Debounce - DateTime.UtcNow;
                if (wait <= TimeSpan.Zero || DateTime.UtcNow - firstChange >= MaxDelay)
                {
                    break;
                }
                await Task.Delay(wait, stoppingToken);
            }
            // Changes from here on trigger another rebuild after this one.
            _changes.Reader.TryRead(out _);
            await Task.Run(() => Rebuild(index), stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsNoise(e.Name) && (e is not RenamedEventArgs renamed || IsNoise(renamed.OldName)))
        {
            return;
        }
        Signal();
    }

    private void Signal()
    {
        Interlocked.Exchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks);
        _changes.Writer.TryWrite(true);
    }

    /// <summary>Editor swap and backup files, hidden files (.git, .index): not part of the library.</summary>
    private static bool IsNoise(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return false;
        }
        var name = Path.GetFileName(relativePath);
        return relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
            || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    private void Rebuild(IKnowledgeIndex index)
    {
        try
        {
            var report = index.Rebuild();
            foreach (var diagnostic in report.Diagnostics)
            {
                LogDiagnostic(logger, diagnostic.ToString());
            }
            if (report.Succeeded)
            {
                LogBuilt(logger, report.DocumentCount, report.Duration.TotalMilliseconds);
            }
            else
            {
                LogBuildFailed(logger, report.Diagnostics.Count);
            }
        }
        catch (Exception e)
        {
            // The previous index keeps serving; the next change tries again.
            LogRebuildCrashed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No IKnowledgeIndex is registered: tips cannot be searched")]
    private static partial void LogNoIndex(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge folder {Path} does not exist: not watching it (set Knowledge:Path)")]
    private static partial void LogMissingFolder(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching the knowledge folder lost events; rebuilding everything")]
    private static partial void LogWatcherError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private static partial void LogDiagnostic(ILogger logger, string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index built: {Count} documents in {Milliseconds:F0} ms")]
    private static partial void LogBuilt(ILogger logger, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge index build failed ({Count} problems); the previous index keeps serving")]
    private static partial void LogBuildFailed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge index rebuild threw; the previous index keeps serving")]
    private static partial void LogRebuildCrashed(ILogger logger, Exception exception);
}
