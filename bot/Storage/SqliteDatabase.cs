using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace TipBot.Bot.Storage;

/// <summary>Opens connections to one SQLite database in WAL mode; shared by the state store and the insights store.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    // Pooled connections keep their native handle: the per-connection PRAGMAs need running once per handle, not per Open.
    private readonly PreparedHandles _prepared = new();

    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.DataSource is { Length: > 0 } file && builder.Mode != SqliteOpenMode.Memory && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }
        _connectionString = builder.ToString();
        _writer = new Lazy<SqliteWriter>(() => new SqliteWriter(Open));
        // About as many as reads run at once on this machine; a burst beyond that opens (and then closes) more.
        _readers = new Lazy<SqliteReaders>(() => new SqliteReaders(Open, Math.Max(4, Environment.ProcessorCount * 2)));
        using var connection = Open();
        // WAL lets readers go on while one writer commits; it is a property of the file, so setting it once is enough.
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Every write of this process to the database (state and insights alike) goes through here: one writer, in
    /// group commits, instead of writers meeting in SQLite's busy handler, which sleeps on a thread-pool thread.
    /// </summary>
    public SqliteWriter Writer => _writer.Value;

    private readonly Lazy<SqliteWriter> _writer;

    /// <summary>Open connections with prepared statements for the reads every turn makes.</summary>
    public SqliteReaders Readers => _readers.Value;

    private readonly Lazy<SqliteReaders> _readers;

    /// <summary>The connection string as resolved (data source made absolute by the caller).</summary>
    public string ConnectionString => _connectionString;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        if (connection.Handle is { } handle && _prepared.First(handle))
        {
            // Per connection: in WAL mode NORMAL is still crash-safe and avoids an fsync per commit.
            Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        }
        return connection;
    }

    /// <summary>Remembers native connection handles without keeping them alive.</summary>
    private sealed class PreparedHandles
    {
        private readonly ConditionalWeakTable<object, object> _seen = new();

        public bool First(object handle) => _seen.TryAdd(handle, handle);
    }

    /// <summary>Commits what is queued and closes the writer's connection (at shutdown).</summary>
    public void Dispose()
    {
        if (_writer.IsValueCreated)
        {
            _writer.Value.Dispose();
        }
        if (_readers.IsValueCreated)
        {
            _readers.Value.Dispose();
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The default connection string: data/tipbot.db under the content root.</summary>
    public static string DefaultConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "data", "tipbot.db") }.ToString();

    /// <summary>Makes a relative data source relative to the content root, not to the working directory.</summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DefaultConnectionString(contentRoot);
        }
        var builder = new SqliteConnectionStringBuilder(configured);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(file))
        {
            builder.DataSource = Path.Combine(contentRoot, file);
        }
        return builder.ToString();
    }
}
