using Npgsql;

namespace TipBot.Bot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database behind a connection pool, shared by the state, insights and coaching stores. Each store
/// brings its own schema steps; <see cref="Migrate"/> applies a step once and records it in schema_version.
/// </summary>
public sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    // Any fixed number: instances starting together take turns applying schema steps.
    private const long MigrationLockKey = 0x7469_7062_6f74;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Storage:ConnectionString is required when Storage:Provider is 'Postgres', e.g. 'Host=db;Database=tipbot;Username=tipbot;Password=...'.");
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Storage:ConnectionString is not a valid PostgreSQL connection string: {e.Message}", e);
        }
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    public NpgsqlConnection Open() => _dataSource.OpenConnection();

    /// <summary>Applies the schema step <paramref name="id"/> unless schema_version says it is already there.</summary>
    public void Migrate(string id, string sql)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey});");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());");
        using (var applied = new NpgsqlCommand("SELECT 1 FROM schema_version WHERE id = $1;", connection, transaction))
        {
            applied.Parameters.Add(new NpgsqlParameter { Value = id });
            if (applied.ExecuteScalar() is not null)
            {
                transaction.Commit();
                return;
            }
        }
        Execute(connection, transaction, sql);
        using (var record = new NpgsqlCommand("INSERT INTO schema_version (id) VALUES ($1);", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = id });
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
