using Microsoft.Data.Sqlite;

namespace TipBot.Bot.Storage;

/// <summary>
/// Every write of this process to one SQLite database, committed in groups: writes that arrive while a commit runs go
/// into the next transaction together, each inside a savepoint of its own, so one write's failure (an ETag conflict)
/// undoes only that write. A caller's task completes when its transaction is committed, exactly as a write of its own
/// would. The writes run one at a time on one long-lived connection with its statements kept prepared, off the caller's
/// thread, instead of meeting in SQLite's busy handler, which sleeps.
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    /// <summary>Bounds one transaction, so a long queue still commits (and answers) in steps.</summary>
    public const int MaxGroup = 128;

    private readonly Func<SqliteConnection> _open;
    private readonly Queue<Pending> _queue = new();
    private bool _draining;
    private bool _disposed;
    private PreparedConnection? _connection;

    public SqliteWriter(Func<SqliteConnection> open) => _open = open;

    /// <summary>Transactions committed so far, and the writes in them (for tests and benchmarks).</summary>
    public (long Transactions, long Writes) Committed => (Interlocked.Read(ref _transactions), Interlocked.Read(ref _writes));

    private long _transactions;
    private long _writes;

    /// <summary>Runs <paramref name="write"/> inside a write transaction; completes once that transaction is committed.</summary>
    public Task WriteAsync(Action<SqliteWriteScope> write, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(write, cancellationToken);
        bool start;
        lock (_queue)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Enqueue(pending);
            start = !_draining;
            _draining = true;
        }
        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static writer => writer.Drain(), this, preferLocal: false);
        }
        return pending.Done.Task;
    }

    /// <summary>As <see cref="WriteAsync(Action{SqliteWriteScope}, CancellationToken)"/>, handing back what the write found.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteWriteScope, T> write, CancellationToken cancellationToken = default)
    {
        T result = default!;
        await WriteAsync(scope => { result = write(scope); }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private void Drain()
    {
        var group = new List<Pending>(MaxGroup);
        while (true)
        {
            lock (_queue)
            {
                while (_queue.Count > 0 && group.Count < MaxGroup)
                {
                    group.Add(_queue.Dequeue());
                }
                if (group.Count == 0)
                {
                    _draining = false;
                    Monitor.PulseAll(_queue);
                    return;
                }
            }
            Commit(group);
            group.Clear();
        }
    }

    private void Commit(List<Pending> group)
    {
        var failed = new Exception?[group.Count];
        try
        {
            var connection = _connection ??= new PreparedConnection(_open());
            // BEGIN IMMEDIATE: checks and writes happen under the database's write lock, also across processes.
            using var transaction = connection.Connection.BeginTransaction(deferred: false);
            var scope = new SqliteWriteScope(connection, transaction);
            for (var i = 0; i < group.Count; i++)
            {
                if (group[i].Cancellation.IsCancellationRequested)
                {
                    failed[i] = new OperationCanceledException(group[i].Cancellation);
                    continue;
                }
                transaction.Save("w");
                try
                {
                    group[i].Write(scope);
                    transaction.Release("w");
                }
                catch (Exception e)
                {
                    transaction.Rollback("w");
                    transaction.Release("w");
                    failed[i] = e;
                }
            }
            transaction.Commit();
            Interlocked.Increment(ref _transactions);
        }
        catch (Exception e)
        {
            // The transaction itself failed (busy for longer than busy_timeout, disk full): none of the group is written.
            ResetConnection();
            foreach (var pending in group)
            {
                pending.Done.TrySetException(e);
            }
            return;
        }
        for (var i = 0; i < group.Count; i++)
        {
            if (failed[i] is { } error)
            {
                if (error is OperationCanceledException)
                {
                    group[i].Done.TrySetCanceled(group[i].Cancellation);
                }
                else
                {
                    group[i].Done.TrySetException(error);
                }
            }
            else
            {
                Interlocked.Increment(ref _writes);
                group[i].Done.TrySetResult();
            }
        }
    }

    private void ResetConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Writes what is queued, then closes the connection; later writes are refused.</summary>
    public void Dispose()
    {
        lock (_queue)
        {
            _disposed = true;
            while (_draining)
            {
                Monitor.Wait(_queue);
            }
        }
        ResetConnection();
    }

    private sealed record Pending(Action<SqliteWriteScope> Write, CancellationToken Cancellation)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>What one queued write may use: the writer's connection and transaction, and statements kept prepared.</summary>
public sealed class SqliteWriteScope
{
    private readonly PreparedConnection _connection;
    private readonly SqliteTransaction _transaction;

    internal SqliteWriteScope(PreparedConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>A command for <paramref name="sql"/> (one statement), prepared once per connection, with no parameters yet.</summary>
    public SqliteCommand Command(string sql)
    {
        var command = _connection.Command(sql);
        command.Transaction = _transaction;
        return command;
    }
}
