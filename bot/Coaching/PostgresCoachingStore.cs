using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Coaching;

/// <summary>
/// Requests and their outbox in PostgreSQL, shared by every instance. A request and the messages it causes are
/// written in one transaction; a change locks its request row, so two coaches claiming at once (on two instances)
/// are serialised; the outbox is claimed with SKIP LOCKED, so each message goes to one dispatcher at a time.
/// </summary>
public sealed class PostgresCoachingStore : ICoachingRequestStore, ICoachingOutbox
{
    private readonly PostgresDatabase _database;

    public PostgresCoachingStore(PostgresDatabase database)
    {
        _database = database;
        _database.Migrate("0003-coaching", """
            CREATE TABLE IF NOT EXISTS coaching_requests (
                id text PRIMARY KEY,
                reference text NOT NULL UNIQUE,
                created_at timestamptz NOT NULL,
                status text NOT NULL,
                requester_id text NULL,
                completed_at timestamptz NULL,
                anonymised_at timestamptz NULL,
                json text NOT NULL);
            CREATE INDEX IF NOT EXISTS coaching_requests_requester ON coaching_requests (requester_id);
            CREATE TABLE IF NOT EXISTS coaching_outbox (
                id text PRIMARY KEY,
                request_id text NOT NULL,
                created_at timestamptz NOT NULL,
                next_attempt_at timestamptz NOT NULL,
                pending boolean NOT NULL,
                json text NOT NULL);
            CREATE INDEX IF NOT EXISTS coaching_outbox_due ON coaching_outbox (next_attempt_at) WHERE pending;
            CREATE INDEX IF NOT EXISTS coaching_outbox_request ON coaching_outbox (request_id);
            """);
    }

    public async Task AddAsync(CoachingRequest request, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO coaching_requests (id, reference, created_at, status, requester_id, completed_at, anonymised_at, json)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8);
                """, cancellationToken,
                request.Id, request.Reference, Time(request.CreatedAt), request.Status.ToString(), request.RequesterId,
                Time(request.CompletedAt), Time(request.AnonymisedAt), JsonSerializer.Serialize(request, CoachingJson.Options)).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "coaching_requests_reference_key")
        {
            throw new ReferenceTakenException(request.Reference, e);
        }
        foreach (var message in messages)
        {
            await SaveAsync(connection, transaction, message, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<CoachingRequest?> GetAsync(string idOrReference, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var key = idOrReference.Trim();
        return (await RequestsAsync(connection, null, "WHERE id = $1 OR reference = upper($1)", cancellationToken, key).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<CoachingRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await RequestsAsync(connection, null, "ORDER BY created_at DESC", cancellationToken).ConfigureAwait(false);
    }

    public async Task<CoachingRequest?> UpdateAsync(
        string id,
        Func<CoachingRequest, CoachingRequest> change,
        Func<CoachingRequest, CoachingRequest, IReadOnlyList<OutboxMessage>>? messages = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // FOR UPDATE: a second change of the same request waits here and then sees the first one's result.
        var before = (await RequestsAsync(connection, transaction, "WHERE id = $1 FOR UPDATE", cancellationToken, id).ConfigureAwait(false)).FirstOrDefault();
        if (before is null)
        {
            return null;
        }
        var after = change(before);
        await WriteAsync(connection, transaction, after, cancellationToken).ConfigureAwait(false);
        foreach (var message in messages?.Invoke(before, after) ?? [])
        {
            await SaveAsync(connection, transaction, message, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return after;
    }

    public Task<int> AnonymiseRequesterAsync(string requesterId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        AnonymiseAsync("WHERE requester_id = $1 FOR UPDATE", at, cancellationToken, requesterId);

    public Task<int> AnonymiseCompletedBeforeAsync(DateTimeOffset completedBefore, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        AnonymiseAsync($"WHERE status IN ({ClosedStatuses}) AND completed_at < $1 AND anonymised_at IS NULL FOR UPDATE", at, cancellationToken, Time(completedBefore));

    private static readonly string ClosedStatuses = string.Join(", ", CoachingStatuses.Closed.Select(s => $"'{s}'"));

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // SKIP LOCKED: a dispatcher passes over rows another one is claiming right now instead of waiting for them.
        var claimed = await MessagesAsync(connection, """
            UPDATE coaching_outbox SET next_attempt_at = $3
            WHERE id IN (SELECT id FROM coaching_outbox WHERE pending AND next_attempt_at <= $1
                         ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING json;
            """, cancellationToken, Time(now), max, Time(now + lease)).ConfigureAwait(false);
        // RETURNING keeps no order.
        return claimed.OrderBy(m => m.CreatedAt).ToList();
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM coaching_outbox WHERE pending;", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ForRequestAsync(string requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await MessagesAsync(connection, "SELECT json FROM coaching_outbox WHERE request_id = $1 ORDER BY created_at;", cancellationToken, requestId).ConfigureAwait(false);
    }

    public async Task SaveAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await SaveAsync(connection, null, message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> AnonymiseAsync(string where, DateTimeOffset at, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var requests = await RequestsAsync(connection, transaction, where, cancellationToken, parameters).ConfigureAwait(false);
        foreach (var request in requests)
        {
            await WriteAsync(connection, transaction, request.Anonymised(at), cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return requests.Count;
    }

    private static Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CoachingRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction,
            "UPDATE coaching_requests SET status = $2, requester_id = $3, completed_at = $4, anonymised_at = $5, json = $6 WHERE id = $1;",
            cancellationToken, request.Id, request.Status.ToString(), request.RequesterId, Time(request.CompletedAt), Time(request.AnonymisedAt),
            JsonSerializer.Serialize(request, CoachingJson.Options));

    private static Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxMessage message, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, """
            INSERT INTO coaching_outbox (id, request_id, created_at, next_attempt_at, pending, json) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at, pending = excluded.pending, json = excluded.json;
            """, cancellationToken,
            message.Id, message.RequestId, Time(message.CreatedAt), Time(message.NextAttemptAt),
            message.DeliveredAt is null && !message.Failed, JsonSerializer.Serialize(message, CoachingJson.Options));

    private static async Task<List<CoachingRequest>> RequestsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string tail, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, $"SELECT json FROM coaching_requests {tail};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<CoachingRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(JsonSerializer.Deserialize<CoachingRequest>(reader.GetString(0), CoachingJson.Options)!);
        }
        return result;
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(JsonSerializer.Deserialize<OutboxMessage>(reader.GetString(0), CoachingJson.Options)!);
        }
        return result;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in parameters)
        {
            // A null still needs a type for PostgreSQL to infer; every nullable parameter here is text or a time.
            command.Parameters.Add(value is null
                ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Unknown }
                : new NpgsqlParameter { Value = value });
        }
        return command;
    }

    // timestamptz takes UTC only.
    private static DateTime? Time(DateTimeOffset? value) => value?.UtcDateTime;
}
