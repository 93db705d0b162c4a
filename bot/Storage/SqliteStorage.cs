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
        var rows = _database.Readers.Read(scope =>
        {
            var command = scope.Command(SelectSql(keys.Length));
            for (var i = 0; i < keys.Length; i++)
            {
                command.Parameters.AddWithValue("$k" + i, keys[i]);
            }
            var found = new List<(string Key, string Json)>(keys.Length);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
            return found;
        });
        // The JSON is turned into objects after the connection is given back, straight from the text: the same
        // objects as JObject.Parse(json).ToObject<object>(serializer), without the JObject in between.
        foreach (var (key, json) in rows)
        {
            using var reader = new JsonTextReader(new StringReader(json));
            items[key] = _serializer.Deserialize(reader)!;
        }
        return Task.FromResult<IDictionary<string, object>>(items);
    }

    private static readonly string[] SelectSqlBySize = [.. Enumerable.Range(0, 9).Select(BuildSelectSql)];

    private static string SelectSql(int keys) => keys < SelectSqlBySize.Length ? SelectSqlBySize[keys] : BuildSelectSql(keys);

    private static string BuildSelectSql(int keys) =>
        $"SELECT key, json FROM bot_state WHERE key IN ({string.Join(", ", Enumerable.Range(0, keys).Select(i => "$k" + i))});";

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }
        // The JSON is made on the caller's thread; the writer only checks ETags and stores rows.
        var rows = changes.Select(change => Row(change.Key, change.Value)).ToList();
        return _database.Writer.WriteAsync(scope =>
        {
            foreach (var row in rows)
            {
                Write(scope, row);
            }
        }, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return Task.CompletedTask;
        }
        return _database.Writer.WriteAsync(scope =>
        {
            foreach (var key in keys)
            {
                Delete(scope, key);
            }
        }, cancellationToken);
    }

    /// <summary>One key's change: null deletes; an IStoreItem is checked against <see cref="CheckETag"/>.</summary>
    private sealed record PendingRow(string Key, string? Json, bool CheckETag, string? ETag, string? NewETag);

    private PendingRow Row(string key, object? value)
    {
        if (value is null)
        {
            // MemoryStorage keeps a null that reads as absent; a missing row behaves the same.
            return new PendingRow(key, null, false, null, null);
        }
        var state = JObject.FromObject(value, _serializer);
        if (value is IStoreItem item)
        {
            var newETag = Guid.NewGuid().ToString("N");
            state["ETag"] = newETag;
            return new PendingRow(key, state.ToString(Formatting.None), true, item.ETag, newETag);
        }
        return new PendingRow(key, state.ToString(Formatting.None), false, null, null);
    }

    private static void Write(SqliteWriteScope scope, PendingRow row)
    {
        if (row.Json is null)
        {
            Delete(scope, row.Key);
            return;
        }
        if (row.CheckETag)
        {
            var current = CurrentETag(scope, row.Key);
            if (current is not null && row.ETag != "*" && row.ETag != current)
            {
                throw new ETagConflictException(row.Key, row.ETag, current);
            }
        }
        var upsert = scope.Command("""
            INSERT INTO bot_state (key, etag, json) VALUES ($key, $etag, $json)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json;
            """);
        upsert.Parameters.AddWithValue("$key", row.Key);
        upsert.Parameters.AddWithValue("$etag", (object?)row.NewETag ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$json", row.Json);
        upsert.ExecuteNonQuery();
    }

    private static void Delete(SqliteWriteScope scope, string key)
    {
        var delete = scope.Command("DELETE FROM bot_state WHERE key = $key;");
        delete.Parameters.AddWithValue("$key", key);
        delete.ExecuteNonQuery();
    }

    private static string? CurrentETag(SqliteWriteScope scope, string key)
    {
        var select = scope.Command("SELECT etag FROM bot_state WHERE key = $key;");
        select.Parameters.AddWithValue("$key", key);
        return select.ExecuteScalar() as string;
    }
}
