using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TipBot.Bot.Coaching;

/// <summary>
/// Requests and their outbox in two tables of the bot's SQLite database. A request and the messages it
/// causes are written in one transaction, so neither exists without the other.
/// </summary>
public sealed class SqliteCoachingStore : ICoachingRequestStore, ICoachingOutbox
{
    private readonly string _connectionString;

    public SqliteCoachingStore(string connectionString)
    {
        _connectionString = connectionString;
        using var connection = Open();
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS coaching_requests (
                id TEXT PRIMARY KEY NOT NULL,
                reference TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                status TEXT NOT NULL,
                requester_id TEXT NULL,
                completed_at TEXT NULL,
                json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS coaching_outbox (
                id TEXT PRIMARY KEY NOT NULL,
                request_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                next_attempt_at TEXT NOT NULL,
                pending INTEGER NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS coaching_outbox_due ON coaching_outbox (pending, next_attempt_at);
            CREATE INDEX IF NOT EXISTS coaching_requests_requester ON coaching_requests (requester_id);
            """);
    }

    public async Task AddAsync(CoachingRequest request, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction();
        try
        {
            Execute(connection, transaction,
                "INSERT INTO coaching_requests (id, reference, created_at, status, requester_id, completed_at, json) VALUES ($id, $reference, $created, $status, $requester, $completed, $json);",
                ("$id", request.Id), ("$reference", request.Reference), ("$created", Time(request.CreatedAt)), ("$status", request.Status.ToString()),
                ("$requester", request.RequesterId), ("$completed", Time(request.CompletedAt)), ("$json", JsonSerializer.Serialize(request, CoachingJson.Options)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.Message.Contains("coaching_requests.reference", StringComparison.Ordinal))
        {
            // SQLITE_CONSTRAINT on the UNIQUE reference column.
            throw new ReferenceTakenException(request.Reference, e);
        }
        foreach (var message in messages)
        {
            Save(connection, transaction, message);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<CoachingRequest?> GetAsync(string idOrReference, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult(Requests(connection, null, "WHERE id = $key OR reference = upper($key)", ("$key", idOrReference.Trim())).FirstOrDefault());
    }

    public Task<IReadOnlyList<CoachingRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult<IReadOnlyList<CoachingRequest>>(Requests(connection, null, "ORDER BY created_at DESC"));
    }

    public async Task<CoachingRequest?> UpdateAsync(
        string id,
        Func<CoachingRequest, CoachingRequest> change,
        Func<CoachingRequest, CoachingRequest, IReadOnlyList<OutboxMessage>>? messages = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        // IMMEDIATE takes the write lock before reading, so two coaches claiming at once are serialised.
        Execute(connection, null, "BEGIN IMMEDIATE;");
        try
        {
            var before = Requests(connection, null, "WHERE id = $id", ("$id", id)).FirstOrDefault();
            if (before is null)
            {
                Execute(connection, null, "ROLLBACK;");
                return null;
            }
            var after = change(before);
            Write(connection, after);
            foreach (var message in messages?.Invoke(before, after) ?? [])
            {
                Save(connection, null, message);
            }
            Execute(connection, null, "COMMIT;");
            return after;
        }
        catch
        {
            Execute(connection, null, "ROLLBACK;");
            throw;
        }
    }

    public Task<int> AnonymiseRequesterAsync(string requesterId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        AnonymiseAsync("WHERE requester_id = $who", at, ("$who", requesterId));

    public Task<int> AnonymiseCompletedBeforeAsync(DateTimeOffset completedBefore, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        AnonymiseAsync($"WHERE status IN ({ClosedStatuses}) AND completed_at < $before AND json NOT LIKE '%\"anonymisedAt\":\"%'", at, ("$before", Time(completedBefore)));

    private static readonly string ClosedStatuses = string.Join(", ", CoachingStatuses.Closed.Select(s => $"'{s}'"));

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        // IMMEDIATE: choosing and claiming happen under the write lock, so two dispatchers never take the same message.
        Execute(connection, null, "BEGIN IMMEDIATE;");
        try
        {
            var due = Messages(connection, "WHERE pending = 1 AND next_attempt_at <= $now ORDER BY created_at LIMIT $max", ("$now", Time(now)), ("$max", max));
            foreach (var message in due)
            {
                Execute(connection, null, "UPDATE coaching_outbox SET next_attempt_at = $until WHERE id = $id;", ("$id", message.Id), ("$until", Time(now + lease)));
            }
            Execute(connection, null, "COMMIT;");
            return due;
        }
        catch
        {
            Execute(connection, null, "ROLLBACK;");
            throw;
        }
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT count(*) FROM coaching_outbox WHERE pending = 1;", []);
        return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task<IReadOnlyList<OutboxMessage>> ForRequestAsync(string requestId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult<IReadOnlyList<OutboxMessage>>(Messages(connection, "WHERE request_id = $id ORDER BY created_at", ("$id", requestId)));
    }

    public Task SaveAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        Save(connection, null, message);
        return Task.CompletedTask;
    }

    private async Task<int> AnonymiseAsync(string where, DateTimeOffset at, params (string, object?)[] parameters)
    {
        await using var connection = Open();
        Execute(connection, null, "BEGIN IMMEDIATE;");
        var requests = Requests(connection, null, where, parameters);
        foreach (var request in requests)
        {
            Write(connection, request.Anonymised(at));
        }
        Execute(connection, null, "COMMIT;");
        return requests.Count;
    }

    private static void Write(SqliteConnection connection, CoachingRequest request) =>
        Execute(connection, null,
            "UPDATE coaching_requests SET status = $status, requester_id = $requester, completed_at = $completed, json = $json WHERE id = $id;",
            ("$id", request.Id), ("$status", request.Status.ToString()), ("$requester", request.RequesterId),
            ("$completed", Time(request.CompletedAt)), ("$json", JsonSerializer.Serialize(request, CoachingJson.Options)));

    private static void Save(SqliteConnection connection, SqliteTransaction? transaction, OutboxMessage message) =>
        Execute(connection, transaction, """
            INSERT INTO coaching_outbox (id, request_id, created_at, next_attempt_at, pending, json)
            VALUES ($id, $request, $created, $next, $pending, $json)
            ON CONFLICT (id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at, pending = excluded.pending, json = excluded.json;
            """,
            ("$id", message.Id), ("$request", message.RequestId), ("$created", Time(message.CreatedAt)), ("$next", Time(message.NextAttemptAt)),
            ("$pending", message.DeliveredAt is null && !message.Failed ? 1 : 0), ("$json", JsonSerializer.Serialize(message, CoachingJson.Options)));

    private static List<CoachingRequest> Requests(SqliteConnection connection, SqliteTransaction? transaction, string tail, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, $"SELECT json FROM coaching_requests {tail};", parameters);
        using var reader = command.ExecuteReader();
        var result = new List<CoachingRequest>();
        while (reader.Read())
        {
            result.Add(JsonSerializer.Deserialize<CoachingRequest>(reader.GetString(0), CoachingJson.Options)!);
        }
        return result;
    }

    private static List<OutboxMessage> Messages(SqliteConnection connection, string tail, params (string, object?)[] parameters)
    {
        using var command = Command(connection, null, $"SELECT json FROM coaching_outbox {tail};", parameters);
        using var reader = command.ExecuteReader();
        var result = new List<OutboxMessage>();
        while (reader.Read())
        {
            result.Add(JsonSerializer.Deserialize<OutboxMessage>(reader.GetString(0), CoachingJson.Options)!);
        }
        return result;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA busy_timeout=5000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string, object?)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    // Fixed-width UTC text compares in time order.
    private static string? Time(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
