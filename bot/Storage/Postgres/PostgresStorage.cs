using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace TipBot.Bot.Storage.Postgres;

/// <summary>
/// Bot state in one PostgreSQL table, with the same semantics as <see cref="SqliteStorage"/> and the SDK's
/// MemoryStorage: an <see cref="IStoreItem"/> is written only when its ETag is "*", matches the stored one, or
/// nothing is stored yet. The check and the write are one statement, so it holds across instances.
/// </summary>
public sealed class PostgresStorage : IStorage
{
    private readonly PostgresDatabase _database;
    private readonly JsonSerializer _serializer;

    public PostgresStorage(PostgresDatabase database, JsonSerializer? serializer = null)
    {
        _database = database;
        _serializer = serializer ?? StateSerializer.Default;
        // json as text, not jsonb: jsonb reorders keys, and Json.NET needs "$type" first to read a typed value back.
        _database.Migrate("0001-bot-state", "CREATE TABLE IF NOT EXISTS bot_state (key text PRIMARY KEY, etag text NULL, json text NOT NULL);");
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT key, json FROM bot_state WHERE key = ANY($1);", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = keys });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items[reader.GetString(0)] = JObject.Parse(reader.GetString(1)).ToObject<object>(_serializer)!;
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            await WriteAsync(connection, transaction, key, value, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY($1);", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = keys });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, object? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            // MemoryStorage keeps a null that reads as absent; a missing row behaves the same.
            await using var delete = new NpgsqlCommand("DELETE FROM bot_state WHERE key = $1;", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = key });
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var state = JObject.FromObject(value, _serializer);
        var item = value as IStoreItem;
        string? newETag = null;
        if (item is not null)
        {
            newETag = Guid.NewGuid().ToString("N");
            state["ETag"] = newETag;
        }

        // A plain object or "*" always wins; otherwise the row may only change when it carries no ETag or the expected one.
        var guarded = item is not null && item.ETag != "*";
        await using var upsert = new NpgsqlCommand(
            """
            INSERT INTO bot_state (key, etag, json) VALUES ($1, $2, $3)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json
            WHERE NOT $4 OR bot_state.etag IS NULL OR bot_state.etag = $5;
            """, connection, transaction);
        upsert.Parameters.Add(new NpgsqlParameter { Value = key });
        upsert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = newETag, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        upsert.Parameters.Add(new NpgsqlParameter { Value = state.ToString(Formatting.None) });
        upsert.Parameters.Add(new NpgsqlParameter { Value = guarded });
        upsert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = item?.ETag, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        if (await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new ETagConflictException(key, item?.ETag, await CurrentETagAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false));
        }
    }

    private static async Task<string?> CurrentETagAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key = $1;", connection, transaction);
        select.Parameters.Add(new NpgsqlParameter { Value = key });
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
