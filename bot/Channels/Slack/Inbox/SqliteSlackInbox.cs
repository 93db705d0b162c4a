using TipBot.Bot.Storage;

namespace TipBot.Bot.Slack;

/// <summary>The inbox in the SQLite database of bot state.</summary>
public sealed class SqliteSlackInbox : ISlackInbox
{
    private readonly SqliteDatabase _database;

    public SqliteSlackInbox(SqliteDatabase database)
    {
        _database = database;
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS slack_inbox (
                id TEXT PRIMARY KEY NOT NULL,
                activity TEXT NOT NULL,
                lease_until INTEGER NOT NULL,
                attempts INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS slack_inbox_lease ON slack_inbox (lease_until);
            """);
    }

    public Task AddAsync(string id, string activity, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO slack_inbox (id, activity, lease_until, attempts) VALUES ($id, $activity, $lease, 1);";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$activity", activity);
            command.Parameters.AddWithValue("$lease", leaseUntil.ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM slack_inbox WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<SlackInboxEntry>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<SlackInboxEntry>>(connection =>
        {
            // BEGIN IMMEDIATE: select and re-lease under SQLite's write lock, so two processes never take the same turn.
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE slack_inbox SET lease_until = $lease, attempts = attempts + 1
                WHERE id IN (SELECT id FROM slack_inbox WHERE lease_until <= $now ORDER BY lease_until LIMIT $max)
                RETURNING id, activity, attempts;
                """;
            command.Parameters.AddWithValue("$lease", leaseUntil.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$max", max);
            var entries = new List<SlackInboxEntry>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    entries.Add(new SlackInboxEntry(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
                }
            }
            transaction.Commit();
            return entries;
        }, cancellationToken);

    private async Task<T> WriteAsync<T>(Func<Microsoft.Data.Sqlite.SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        await _database.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = _database.Open();
            return write(connection);
        }
        finally
        {
            _database.WriteLock.Release();
        }
    }
}
