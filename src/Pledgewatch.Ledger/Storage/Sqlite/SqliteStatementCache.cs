using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pledgewatch.Ledger.Storage.Sqlite;

/// <summary>
/// The writer's prepared statements (<see cref="SqliteStatement"/>) of each physical connection, kept for as long as the
/// connection lives: the pool keeps a connection open between uses, and a statement prepared once serves every later
/// transaction on it. Prepared afresh for each transaction, a batch of one document paid some twenty preparations, and
/// ingest's writer, which commits as soon as it has nothing more to hand, commits many small batches (BENCHMARKS.md,
/// "The writer, fifth pass"). A statement is reset after every run, so it holds no lock between runs; a schema change
/// makes SQLite prepare it again by itself. When the pool closes the connection, its statements are finalised by the
/// garbage collector once the handle is unreachable (SQLite's close of a handle with statements still open waits for
/// them: <c>sqlite3_close_v2</c>). A physical connection is used by one thread at a time, and so is its cache.
/// </summary>
internal static class SqliteStatementCache
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<sqlite3, Dictionary<string, SqliteStatement>> Prepared = new();

    /// <summary>The connection's statement for <paramref name="sql"/>, prepared now for the parameters <paramref name="values"/> names if it is new.</summary>
    public static SqliteStatement Get(SqliteConnection connection, string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var statements = Prepared.GetOrCreateValue(handle);
        if (!statements.TryGetValue(sql, out var statement)) statements[sql] = statement = new SqliteStatement(handle, sql, values);
        return statement;
    }
}
