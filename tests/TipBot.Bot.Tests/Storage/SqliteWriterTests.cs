using Microsoft.Data.Sqlite;
using TipBot.Bot.Storage;

namespace TipBot.Bot.Tests.Storage;

/// <summary>
/// The SQLite group-commit writer: writes queued while a commit runs share the next transaction, one failing write
/// undoes only itself, a completed write is on disk, and a stop commits what is queued.
/// </summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tipbot-writer-").FullName;
    private readonly SqliteDatabase _database;

    public SqliteWriterTests()
    {
        _database = new SqliteDatabase($"Data Source={Path.Combine(_folder, "w.db")}");
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, "CREATE TABLE t (k TEXT PRIMARY KEY NOT NULL, v TEXT NOT NULL);");
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Put(SqliteWriteScope scope, string key, string value)
    {
        var command = scope.Command("INSERT INTO t (k, v) VALUES ($k, $v) ON CONFLICT (k) DO UPDATE SET v = excluded.v;");
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    private Dictionary<string, string> Rows()
    {
        // A connection of its own: what any reader (or the next process) sees.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "w.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT k, v FROM t;";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, string>();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }
        return rows;
    }

    /// <summary>Holds the writer inside a first write until released, so the writes queued meanwhile form one group.</summary>
    private (Task First, ManualResetEventSlim Release) Blocked()
    {
        var inside = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var first = _database.Writer.WriteAsync(scope =>
        {
            Put(scope, "first", "1");
            inside.Set();
            release.Wait(TimeSpan.FromSeconds(20));
        });
        Assert.True(inside.Wait(TimeSpan.FromSeconds(20)));
        return (first, release);
    }

    [Fact]
    public async Task WritesQueuedDuringACommitShareTheNextTransaction()
    {
        var (first, release) = Blocked();
        var queued = Enumerable.Range(0, 50).Select(i => _database.Writer.WriteAsync(scope => Put(scope, $"k{i}", $"v{i}"))).ToList();
        var before = _database.Writer.Committed;

        release.Set();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal((0L, 0L), before);
        Assert.Equal((2L, 51L), _database.Writer.Committed);
        Assert.Equal(51, Rows().Count);
        Assert.Equal("v49", Rows()["k49"]);
    }

    [Fact]
    public async Task AFailingWriteUndoesOnlyItselfAndTellsItsCaller()
    {
        var (first, release) = Blocked();
        var before = _database.Writer.WriteAsync(scope => Put(scope, "a", "1"));
        var failing = _database.Writer.WriteAsync(scope =>
        {
            Put(scope, "half", "written");
            throw new InvalidOperationException("conflict");
        });
        var after = _database.Writer.WriteAsync(scope => Put(scope, "b", "2"));

        release.Set();
        await Task.WhenAll(first, before, after);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("conflict", error.Message);
        var rows = Rows();
        Assert.Equal(["a", "b", "first"], rows.Keys.Order());
        Assert.Equal((2L, 3L), _database.Writer.Committed);
    }

    [Fact]
    public async Task ACompletedWriteIsCommittedAndVisibleToOtherConnections()
    {
        await _database.Writer.WriteAsync(scope => Put(scope, "k", "v"));

        Assert.Equal("v", Rows()["k"]);
    }

    [Fact]
    public async Task AWriteCancelledBeforeItsTurnIsNotWritten()
    {
        var (first, release) = Blocked();
        using var cancel = new CancellationTokenSource();
        var cancelled = _database.Writer.WriteAsync(scope => Put(scope, "never", "x"), cancel.Token);
        cancel.Cancel();

        release.Set();
        await first;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.DoesNotContain("never", Rows().Keys);
    }

    [Fact]
    public async Task StoppingCommitsWhatIsQueuedAndRefusesLaterWrites()
    {
        var (first, release) = Blocked();
        var queued = _database.Writer.WriteAsync(scope => Put(scope, "queued", "yes"));

        var stopping = Task.Run(_database.Dispose);
        release.Set();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(queued.IsCompletedSuccessfully);
        Assert.Equal("yes", Rows()["queued"]);
        Assert.Throws<ObjectDisposedException>(() => { _ = _database.Writer.WriteAsync(scope => Put(scope, "late", "no")); });
    }
}
