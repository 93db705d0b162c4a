using Npgsql;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Slack;

/// <summary>The inbox in PostgreSQL: a turn whose instance died is run by another instance.</summary>
public sealed class PostgresSlackInbox : ISlackInbox
{
    private readonly PostgresDatabase _database;

    public PostgresSlackInbox(PostgresDatabase database)
    {
        _database = database;
        _database.Migrate("0005-slack-inbox", """
            CREATE TABLE IF NOT EXISTS slack_inbox (
                id text PRIMARY KEY,
                activity text NOT NULL,
                lease_until timestamptz NOT NULL,
                attempts integer NOT NULL);
            CREATE INDEX IF NOT EXISTS slack_inbox_lease ON slack_inbox (lease_until);
            """);
    }

    public async Task AddAsync(string id, string activity, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("INSERT INTO slack_inbox (id, activity, lease_until, attempts) VALUES ($1, $2, $3, 1);", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = activity });
        command.Parameters.Add(new NpgsqlParameter { Value = leaseUntil.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM slack_inbox WHERE id = $1;", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SlackInboxEntry>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // SKIP LOCKED: two instances sweeping at once take different turns.
        await using var command = new NpgsqlCommand("""
            UPDATE slack_inbox SET lease_until = $2, attempts = attempts + 1
            WHERE id IN (SELECT id FROM slack_inbox WHERE lease_until <= $1 ORDER BY lease_until LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, activity, attempts;
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = leaseUntil.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = max });
        var entries = new List<SlackInboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new SlackInboxEntry(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }
        return entries;
    }
}
