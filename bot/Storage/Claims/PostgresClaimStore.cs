using Npgsql;
using TipBot.Bot.Storage.Postgres;

namespace TipBot.Bot.Storage.Claims;

/// <summary>Claims in PostgreSQL: every instance on the database sees every claim.</summary>
public sealed class PostgresClaimStore : IClaimStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ClaimPurgeSchedule _purge;

    public PostgresClaimStore(PostgresDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
        _purge = new ClaimPurgeSchedule(clock);
        _database.Migrate("0004-claims", """
            CREATE TABLE IF NOT EXISTS claim (
                key text PRIMARY KEY,
                expires_at timestamptz NOT NULL);
            """);
    }

    public async Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow().ToUniversalTime();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (_purge.IsDue())
        {
            await using var purge = new NpgsqlCommand("DELETE FROM claim WHERE expires_at <= $1;", connection);
            purge.Parameters.Add(new NpgsqlParameter { Value = now });
            await purge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        // Inserted, or taken over from an expired claim: one row. Held by someone else: none (the row lock decides races).
        await using var claim = new NpgsqlCommand("""
            INSERT INTO claim (key, expires_at) VALUES ($1, $2)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claim.expires_at <= $3;
            """, connection);
        claim.Parameters.Add(new NpgsqlParameter { Value = key });
        claim.Parameters.Add(new NpgsqlParameter { Value = now + lifetime });
        claim.Parameters.Add(new NpgsqlParameter { Value = now });
        return await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var release = new NpgsqlCommand("DELETE FROM claim WHERE key = $1;", connection);
        release.Parameters.Add(new NpgsqlParameter { Value = key });
        await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
