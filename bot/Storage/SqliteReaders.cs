using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace TipBot.Bot.Storage;

/// <summary>
/// Connections for the hot reads (bot state at the start of every turn), kept open with their statements prepared and
/// lent to one reader at a time: a pooled Open plus a fresh prepare per read cost more than the read itself.
/// </summary>
public sealed class SqliteReaders(Func<SqliteConnection> open, int keep) : IDisposable
{
    private readonly ConcurrentBag<Lent> _idle = [];
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="read"/> on an idle connection (a new one when all are busy).</summary>
    public T Read<T>(Func<SqliteReadScope, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lent = _idle.TryTake(out var idle) ? idle : new Lent(open());
        T result;
        try
        {
            result = read(lent.Scope);
        }
        catch
        {
            // Whatever failed may have left the connection in a state nobody should inherit.
            lent.Dispose();
            throw;
        }
        if (_disposed || _idle.Count >= keep)
        {
            lent.Dispose();
        }
        else
        {
            _idle.Add(lent);
        }
        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var lent))
        {
            lent.Dispose();
        }
    }

    private sealed class Lent : IDisposable
    {
        private readonly PreparedConnection _prepared;

        public Lent(SqliteConnection connection)
        {
            _prepared = new PreparedConnection(connection);
            Scope = new SqliteReadScope(_prepared.Command);
        }

        public SqliteReadScope Scope { get; }

        public void Dispose() => _prepared.Dispose();
    }

    /// <summary>What one read may use: statements prepared once per connection.</summary>
    public sealed class SqliteReadScope
    {
        private readonly Func<string, SqliteCommand> _command;

        internal SqliteReadScope(Func<string, SqliteCommand> command) => _command = command;

        /// <summary>A command for <paramref name="sql"/> (one statement), prepared once per connection, with no parameters yet.</summary>
        public SqliteCommand Command(string sql) => _command(sql);
    }
}
