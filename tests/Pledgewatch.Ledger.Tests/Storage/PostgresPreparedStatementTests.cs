using Dapper;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>
/// A null the writer sends with its column's type (TypedNull) keeps a statement prepared: sent untyped, a null where
/// the statement had been prepared with a value made Npgsql run it unprepared, and the server parse and plan it again
/// (BENCHMARKS.md, "The writer, fifth pass"). PostgreSQL only: SQLite binds a null as it is.
/// </summary>
public sealed class PostgresPreparedStatementTests
{
    [Fact]
    public void ValuesAndTypedNullsInTurnRunOnePreparedStatement()
    {
        using var db = new PostgresDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        c.Execute("CREATE TEMP TABLE numbers (n BIGINT, label TEXT, share DOUBLE PRECISION)");
        using var tx = store.BeginWrite(c);
        using (var w = new LedgerCommands(c, tx))
        {
            for (int i = 0; i < 10; i++)
            {
                w.Execute("INSERT INTO numbers (n, label, share) VALUES (@n, @label, @share)",
                    ("n", TypedNull.Of(i % 2 == 0 ? null : (long?)i)), ("label", TypedNull.Of(i % 3 == 0 ? null : $"n{i}")), ("share", TypedNull.Of(i < 5 ? null : (double?)i / 10)));
            }
        }
        // Npgsql prepares a statement at its second use: the nine after the first run prepared, nulls or not.
        Assert.Equal(9L, c.ExecuteScalar<long>(
            "SELECT COALESCE(SUM(generic_plans + custom_plans), 0) FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO numbers%'", transaction: tx));
        Assert.Equal((5L, 4L, 5L), c.QuerySingle<(long, long, long)>(
            "SELECT COUNT(*) FILTER (WHERE n IS NULL), COUNT(*) FILTER (WHERE label IS NULL), COUNT(*) FILTER (WHERE share IS NULL) FROM numbers", transaction: tx));
    }
}
