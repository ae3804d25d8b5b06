using Dapper;
using Microsoft.Data.Sqlite;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Storage.Sqlite;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>
/// The SQLite writer's statements run through SQLite's own calls (SqliteStatement), and its connections' settings are
/// made once per physical connection, as are its prepared statements: what Microsoft.Data.Sqlite did for them must still hold.
/// </summary>
public sealed class SqliteStatementTests
{
    [Fact]
    public void AConnectionTakenAgainFromThePoolKeepsItsSettings()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        for (int i = 0; i < 3; i++)
        {
            using var c = store.OpenConnection();
            Assert.Equal(1L, c.ExecuteScalar<long>("PRAGMA foreign_keys"));
            Assert.Equal(2L, c.ExecuteScalar<long>("PRAGMA temp_store")); // MEMORY
            Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
            Assert.Equal((long)SqliteSql.WalCheckpointPages, c.ExecuteScalar<long>("PRAGMA wal_autocheckpoint"));
            Assert.Equal(-(long)SqliteSql.CacheKibibytes, c.ExecuteScalar<long>("PRAGMA cache_size"));
        }
    }

    [Fact]
    public void AParameterNoValueNamesIsRefusedNotBoundAsNull()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        using var tx = store.BeginWrite(c);
        using var commands = new LedgerCommands(c, tx);
        Assert.Throws<InvalidOperationException>(() =>
            commands.Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, 'x', 'now')", ("name", "a")));
    }

    [Fact]
    public void AStatementWhoseRowsAreReadRunsOnceAndItsValuesComeBackAsStored()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        using var tx = store.BeginWrite(c);
        using var commands = new LedgerCommands(c, tx);
        var rows = new List<(long Id, string Name)>();
        commands.Defer("INSERT INTO users (name, role, password_hash, created_at) VALUES (@a, 'viewer', 'x', 'now'), (@b, 'viewer', 'x', 'now') RETURNING id, name",
            r => { while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1))); }, ("a", "ä – a"), ("b", "b"));
        Assert.Equal(new[] { "ä – a", "b" }.Order(StringComparer.Ordinal), rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2L, commands.Scalar("SELECT COUNT(*) FROM users"));
        Assert.Null(commands.Scalar("SELECT NULL"));
        Assert.Equal(3L, commands.Scalar("SELECT @n + 1", ("n", 2)));
    }

    [Fact]
    public void AStatementIsPreparedOncePerPhysicalConnectionAndServesEveryLaterTransaction()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        const string count = "SELECT COUNT(*) FROM users WHERE role = @role";
        SqliteStatement first;
        string connectionString;
        using (var c = store.OpenConnection())
        {
            connectionString = c.ConnectionString;
            using var tx = store.BeginWrite(c);
            using (var commands = new LedgerCommands(c, tx))
            {
                Assert.Equal(0L, commands.Scalar(count, ("role", "viewer")));
                commands.Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES ('a', @role, 'x', 'now')", ("role", "viewer"));
            }
            tx.Rollback(); // the statements outlive a transaction undone, too
            first = SqliteStatementCache.Get((SqliteConnection)c, count, [("role", "viewer")]);
        }
        using (var c = store.OpenConnection()) // the same physical connection, from the pool
        {
            Assert.Same(first, SqliteStatementCache.Get((SqliteConnection)c, count, [("role", "viewer")]));
            using var tx = store.BeginWrite(c);
            using var commands = new LedgerCommands(c, tx);
            commands.Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES ('b', @role, 'x', 'now')", ("role", "viewer"));
            Assert.Equal(1L, commands.Scalar(count, ("role", "viewer")));
            tx.Commit();
        }
        using var other = new SqliteConnection(connectionString + ";Pooling=False"); // another physical connection
        other.Open();
        Assert.NotSame(first, SqliteStatementCache.Get(other, count, [("role", "viewer")]));
        Assert.Equal(1L, SqliteStatementCache.Get(other, count, [("role", "viewer")]).Scalar([("role", "viewer")]));
    }

    [Fact]
    public void TextsAreStoredByteForByteAnEmbeddedNulIncludedEachInItsOwnParameter()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        using var tx = store.BeginWrite(c);
        var texts = new[] { "", "plain", "é – ü, 日本, 🙂", "cut\0here", new string('x', 70_000) + "é", "lone \ud800 surrogate" };
        var statement = SqliteStatementCache.Get((SqliteConnection)c, "SELECT @a, @b, hex(@b), length(CAST(@b AS BLOB))", [("a", null), ("b", null)]);
        foreach (var text in texts)
        {
            var rows = new List<object?[]>();
            // Two texts in one statement: each parameter keeps its own bytes, the second's do not overwrite the first's.
            statement.Run([("a", "first " + text), ("b", text)], r => { while (r.Read()) rows.Add([r.GetValue(0), r.GetValue(1), r.GetValue(2), r.GetValue(3)]); });
            var utf8 = System.Text.Encoding.UTF8.GetBytes(text); // a lone surrogate as U+FFFD; a NUL kept, with its length
            Assert.Equal("first " + text.Replace("\ud800", "\ufffd"), rows[0][0]);
            Assert.Equal(Convert.ToHexString(utf8), rows[0][2]);
            Assert.Equal((long)utf8.Length, rows[0][3]);
        }
    }

    [Fact]
    public void BindingATextAllocatesNoCopyOfIt()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        var text = new string('x', 64 * 1024);
        var statement = SqliteStatementCache.Get((SqliteConnection)c, "SELECT length(@t)", [("t", text)]);
        Assert.Equal(65_536L, statement.Scalar([("t", text)])); // warm: the pool's buffer, the JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++) statement.Scalar([("t", text)]);
        // The text's UTF-8 goes through a pooled buffer that SQLite copies from: a few small objects per run, not 64 KiB.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 20 * 4096, $"{GC.GetAllocatedBytesForCurrentThread() - before} bytes allocated");
    }
}
