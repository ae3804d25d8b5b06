using System.Data.Common;
using Microsoft.Data.Sqlite;
using Pledgewatch.Ledger.Storage.Sqlite;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The statements of one transaction, each built once and run again with new values: on SQLite the compiled statement
/// is kept with its connection (<see cref="SqliteStatementCache"/>: preparing it took more time than running it), and
/// Npgsql's auto-prepare keeps it on the server. The writer's hot path (ingest, recode, part links) runs through this instead of Dapper, which
/// builds, prepares and binds every statement afresh.
/// <para>
/// Statements whose answer can wait (<see cref="Defer"/>) are sent together where the database takes batches
/// (PostgreSQL: one round trip for all of them, in order), with the next statement that must answer at once
/// (<see cref="Scalar"/>, <see cref="Execute"/>) or at <see cref="Flush"/>; where it does not (SQLite, in process),
/// they run at once. Either way they run in the order given, inside the same transaction, so an error of a deferred
/// statement surfaces at the latest at the next <see cref="Flush"/>: flush before committing.
/// </para>
/// Not thread-safe, like the connection it wraps; dispose it before the transaction.
/// </summary>
internal sealed class LedgerCommands(DbConnection connection, DbTransaction transaction) : IDisposable
{
    /// <summary>Deferred statements not sent yet (batching databases only), with what reads each one's rows.</summary>
    private DbBatch? _batch;

    private readonly List<Action<DbDataReader>?> _readers = [];

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    /// <summary>Runs a statement now, after the deferred ones (in the same round trip where they are batched).</summary>
    public void Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (connection.CanCreateBatch)
        {
            Defer(sql, null, values);
            Flush();
        }
        else Statement(sql, values).Run(values, null);
    }

    /// <summary>
    /// The first column of the first row, or null (no row, or SQL NULL), of a statement that returns rows; the deferred
    /// statements run first, in the same round trip where they are batched.
    /// </summary>
    public long? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        object? value = null;
        if (connection.CanCreateBatch)
        {
            Defer(sql, reader => value = reader.Read() ? reader.GetValue(0) : null, values);
            Flush();
        }
        else value = Statement(sql, values).Scalar(values);
        return value is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// A statement whose answer can wait until the next <see cref="Flush"/> (or the next statement that answers at once).
    /// </summary>
    /// <param name="read">Reads the statement's rows when they come; required when the statement returns rows (a
    /// <c>SELECT</c>, a <c>RETURNING</c>), null when it returns none.</param>
    public void Defer(string sql, Action<DbDataReader>? read, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!connection.CanCreateBatch)
        {
            Statement(sql, values).Run(values, read);
            return;
        }
        _batch ??= CreateBatch();
        var command = _batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            if (value is TypedNull typed)
            {
                p.DbType = typed.Type;
                p.Value = DBNull.Value;
            }
            else p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        _batch.BatchCommands.Add(command);
        _readers.Add(read);
    }

    /// <summary>Sends the deferred statements (one round trip) and hands each one's rows to its reader.</summary>
    /// <exception cref="DbException">A deferred statement failed; those after it did not run, and none is pending any more.</exception>
    public void Flush()
    {
        if (_batch is not { } batch) return;
        _batch = null;
        var readers = _readers.ToArray();
        _readers.Clear();
        try
        {
            Send(batch, readers);
        }
        finally
        {
            batch.Dispose();
        }
    }

    private static void Send(DbBatch batch, Action<DbDataReader>?[] readers)
    {
        using (var reader = batch.ExecuteReader())
        {
            // Statements without rows have no result set of their own to step over (FieldCount 0 where they do):
            // the k-th result with columns belongs to the k-th statement with a reader.
            int next = 0;
            do
            {
                if (reader.FieldCount == 0) continue;
                while (next < readers.Length && readers[next] is null) next++;
                if (next == readers.Length) throw new InvalidOperationException("a deferred statement returned rows but was given no reader");
                readers[next++]!(reader);
            }
            while (reader.NextResult());
        }
    }

    /// <summary>Drops the deferred statements unsent: after a rollback, they belong to the work undone.</summary>
    public void Discard()
    {
        _batch?.Dispose();
        _batch = null;
        _readers.Clear();
    }

    public void Dispose() => Discard();

    private DbBatch CreateBatch()
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }

    /// <summary>SQLite's prepared statement for <paramref name="sql"/> (SQLite takes no batches: statements run at once).</summary>
    private SqliteStatement Statement(string sql, ReadOnlySpan<(string Name, object? Value)> values) =>
        connection is SqliteConnection sqlite ? SqliteStatementCache.Get(sqlite, sql, values)
        : throw new NotSupportedException($"a database that takes no batches must be SQLite: {connection.GetType().Name}");
}
