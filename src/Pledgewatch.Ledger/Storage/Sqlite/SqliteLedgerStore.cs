using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Pledgewatch.Ledger.Storage.Migrations;

namespace Pledgewatch.Ledger.Storage.Sqlite;

/// <summary>
/// The ledger in one SQLite file. Writers take the database lock at BEGIN (IMMEDIATE), so two processes ingesting
/// into one file take turns document by document; the busy timeout makes the second one wait rather than fail.
/// </summary>
internal sealed class SqliteLedgerStore : LedgerStore
{
    private readonly string _connectionString;

    /// <summary>The physical connections (their SQLite handles) that have had <see cref="SqliteSql.OpenPragmas"/>; forgotten when closed.</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();

    // Before the first connection of the process, which is this class's (SqliteLibrary).
    static SqliteLedgerStore() => SqliteLibrary.EnsureConfigured();

    public SqliteLedgerStore(string path, TimeProvider clock) : base(clock)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } dir) Directory.CreateDirectory(dir);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    internal override IReadOnlyList<Migration> Migrations => SqliteSql.Migrations;

    private protected override string CreateVersionTable => SqliteSql.CreateVersionTable;

    private protected override string SelectSources => SqliteSql.SelectSources;

    private protected override string SelectParts => SqliteSql.SelectParts;

    private protected override string ClaimWatchItems => SqliteSql.ClaimWatchItems;

    internal override DbConnection OpenConnection()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        // The settings belong to the physical connection, which the pool keeps open between uses: made once for each,
        // not at every open (the content-hash check of each document opens one, and the pragmas were most of its time).
        var handle = c.Handle!;
        if (!Configured.TryGetValue(handle, out _))
        {
            c.Execute(SqliteSql.OpenPragmas);
            Configured.AddOrUpdate(handle, Configured);
        }
        return c;
    }

    // The connection's prepared statement, not a command prepared afresh for each document (as Dapper does).
    private protected override long CountDocuments(DbConnection connection, string contentHash)
    {
        ReadOnlySpan<(string, object?)> values = [("hash", contentHash)];
        return SqliteStatementCache.Get((SqliteConnection)connection, LedgerSql.DocumentExists, values).Scalar(values) is long n ? n : 0;
    }

    // Microsoft.Data.Sqlite issues BEGIN IMMEDIATE unless deferred: the write lock is taken before the first read,
    // so the hash check and the inserts of one document cannot interleave with another process.
    internal override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // The whole database is locked by BEGIN IMMEDIATE: nothing finer is needed.
    internal override void LockKeys(DbConnection connection, DbTransaction tx, IEnumerable<long> lockIds) { }
}
