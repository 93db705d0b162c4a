using Microsoft.Bot.Builder;
using TipBot.Bot.Coaching;
using TipBot.Bot.Insights;
using TipBot.Bot.Storage;
using TipBot.Bot.Storage.Claims;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Tests.Storage;

/// <summary>
/// The stores of one test on one provider ("Memory", "Sqlite" or "Postgres"), each over storage of its own (a temp
/// SQLite file, a fresh PostgreSQL schema). Asking twice gives new store objects over the same data, as after a restart.
/// </summary>
public sealed class ProviderScope(string provider) : IDisposable
{
    /// <summary>Every provider the storage suite runs on.</summary>
    public static TheoryData<string> All => new() { "Memory", "Sqlite", "Postgres" };

    private readonly List<PostgresDatabase> _opened = [];
    private string? _folder;
    private string? _schema;
    private string? _postgres;
    private MemoryStorage? _memoryStorage;
    private MemoryInsightsStore? _memoryInsights;
    private MemoryCoachingStore? _memoryCoaching;
    private MemoryClaimStore? _memoryClaims;
    private TipBot.Bot.Slack.MemorySlackInbox? _memoryInbox;

    public string Provider { get; } = provider;

    /// <summary>The Storage:ConnectionString a bot host would use for this provider.</summary>
    public string ConnectionString => Provider switch
    {
        "Sqlite" => SqliteConnectionString,
        "Postgres" => PostgresConnectionString,
        _ => "",
    };

    public IStorage Storage() => Provider switch
    {
        // The SDK's MemoryStorage is the process itself: "reopening" it is the same object.
        "Memory" => _memoryStorage ??= new MemoryStorage(),
        "Sqlite" => new SqliteStorage(new SqliteDatabase(SqliteConnectionString)),
        "Postgres" => new PostgresStorage(OpenPostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    public IInsightsStore Insights() => Provider switch
    {
        "Memory" => _memoryInsights ??= new MemoryInsightsStore(),
        "Sqlite" => new SqliteInsightsStore(new SqliteDatabase(SqliteConnectionString)),
        "Postgres" => new PostgresInsightsStore(OpenPostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    /// <summary>A claim store reading the time from <paramref name="clock"/> (Memory: the first clock given).</summary>
    public IClaimStore Claims(TimeProvider clock) => Provider switch
    {
        "Memory" => _memoryClaims ??= new MemoryClaimStore(clock),
        "Sqlite" => new SqliteClaimStore(new SqliteDatabase(SqliteConnectionString), clock),
        "Postgres" => new PostgresClaimStore(OpenPostgres(), clock),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    public TipBot.Bot.Slack.ISlackInbox SlackInbox() => Provider switch
    {
        "Memory" => _memoryInbox ??= new TipBot.Bot.Slack.MemorySlackInbox(),
        "Sqlite" => new TipBot.Bot.Slack.SqliteSlackInbox(new SqliteDatabase(SqliteConnectionString)),
        "Postgres" => new TipBot.Bot.Slack.PostgresSlackInbox(OpenPostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    /// <summary>A coaching store; it is also the outbox (<see cref="ICoachingOutbox"/>).</summary>
    public ICoachingRequestStore Coaching() => Provider switch
    {
        "Memory" => _memoryCoaching ??= new MemoryCoachingStore(),
        "Sqlite" => new SqliteCoachingStore(new SqliteDatabase(SqliteConnectionString).ConnectionString),
        "Postgres" => new PostgresCoachingStore(OpenPostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    private string SqliteConnectionString
    {
        get
        {
            _folder ??= Directory.CreateTempSubdirectory("tipbot-store-").FullName;
            return $"Data Source={Path.Combine(_folder, "tipbot.db")}";
        }
    }

    private string PostgresConnectionString => _postgres ??= TestPostgres.CreateSchema(out _schema);

    private PostgresDatabase OpenPostgres()
    {
        var database = new PostgresDatabase(PostgresConnectionString);
        _opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }
        if (_schema is not null)
        {
            TestPostgres.DropSchema(_schema);
        }
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
