using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TipBot.Bot.Storage;

/// <summary>
/// Bot state in one SQLite table, with the SDK's MemoryStorage semantics: items are stored as JSON
/// through the same serializer settings (<see cref="StateSerializer"/>), and an <see cref="IStoreItem"/>
/// is written only when its ETag is "*", matches the stored one, or nothing is stored yet.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private readonly SqliteDatabase _database;
    private readonly JsonSerializer _serializer;

    public SqliteStorage(SqliteDatabase database, JsonSerializer? serializer = null)
    {
        _database = database;
        _serializer = serializer ?? StateSerializer.Default;
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY NOT NULL, etag TEXT NULL, json TEXT NOT NULL);");
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return Task.FromResult<IDictionary<string, object>>(items);
        }
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, json FROM bot_state WHERE key IN ({Parameters(command, keys)});";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var state = JObject.Parse(reader.GetString(1));
            items[reader.GetString(0)] = state.ToObject<object>(_serializer)!;
        }
        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        await _database.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = _database.Open();
            // BEGIN IMMEDIATE: the ETag check and the write happen under the database's write lock, also across processes.
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var (key, value) in changes)
            {
                Write(connection, transaction, key, value);
            }
            transaction.Commit();
        }
        finally
        {
            _database.WriteLock.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }
        await _database.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = _database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM bot_state WHERE key IN ({Parameters(command, keys)});";
            command.ExecuteNonQuery();
        }
        finally
        {
            _database.WriteLock.Release();
        }
    }

    private void Write(SqliteConnection connection, SqliteTransaction transaction, string key, object? value)
    {
        if (value is null)
        {
            // MemoryStorage keeps a null that reads as absent; a missing row behaves the same.
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            delete.Parameters.AddWithValue("$key", key);
            delete.ExecuteNonQuery();
            return;
        }

        var state = JObject.FromObject(value, _serializer);
        string? newETag = null;
        if (value is IStoreItem item)
        {
            var current = CurrentETag(connection, transaction, key);
            if (current is not null && item.ETag != "*" && item.ETag != current)
            {
                throw new ETagConflictException(key, item.ETag, current);
            }
            newETag = Guid.NewGuid().ToString("N");
            state["ETag"] = newETag;
        }

        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO bot_state (key, etag, json) VALUES ($key, $etag, $json)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json;
            """;
        upsert.Parameters.AddWithValue("$key", key);
        upsert.Parameters.AddWithValue("$etag", (object?)newETag ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$json", state.ToString(Formatting.None));
        upsert.ExecuteNonQuery();
    }

    private static string? CurrentETag(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT etag FROM bot_state WHERE key = $key;";
        select.Parameters.AddWithValue("$key", key);
        return select.ExecuteScalar() as string;
    }

    private static string Parameters(SqliteCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = "$k" + i;
            command.Parameters.AddWithValue(names[i], keys[i]);
        }
        return string.Join(", ", names);
    }
}
