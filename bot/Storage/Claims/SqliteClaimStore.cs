namespace TipBot.Bot.Storage.Claims;

/// <summary>Claims in the SQLite database of bot state; instances sharing the file share the claims.</summary>
public sealed class SqliteClaimStore : IClaimStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ClaimPurgeSchedule _purge;

    public SqliteClaimStore(SqliteDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
        _purge = new ClaimPurgeSchedule(clock);
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS claim (
                key TEXT PRIMARY KEY NOT NULL,
                expires_at INTEGER NOT NULL);
            """);
    }

    public async Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var purge = _purge.IsDue();
        // Through the database's one writer, like every other write: the answer stands once the claim is committed.
        return await _database.Writer.WriteAsync(scope =>
        {
            if (purge)
            {
                var expired = scope.Command("DELETE FROM claim WHERE expires_at <= $now;");
                expired.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                expired.ExecuteNonQuery();
            }
            // Inserted, or taken over from an expired claim: one row changed. Held by someone else: none.
            var claim = scope.Command("""
                INSERT INTO claim (key, expires_at) VALUES ($key, $until)
                ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claim.expires_at <= $now;
                """);
            claim.Parameters.AddWithValue("$key", key);
            claim.Parameters.AddWithValue("$until", (now + lifetime).ToUnixTimeMilliseconds());
            claim.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return claim.ExecuteNonQuery() == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default) =>
        _database.Writer.WriteAsync(scope =>
        {
            var release = scope.Command("DELETE FROM claim WHERE key = $key;");
            release.Parameters.AddWithValue("$key", key);
            release.ExecuteNonQuery();
        }, cancellationToken);
}
