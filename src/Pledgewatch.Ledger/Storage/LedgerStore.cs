using System.Data.Common;
using System.Globalization;
using Dapper;
using Pledgewatch.Ledger.Storage.Migrations;
using Pledgewatch.Ledger.Storage.Postgres;
using Pledgewatch.Ledger.Storage.Sqlite;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The ledger database: documents, records, entries and their sources, revisions and the audit log. One class for
/// both databases; a subclass supplies connections, write transactions and locks. Thread-safe: every call opens its
/// own (pooled) connection, and every change is one transaction.
/// </summary>
public abstract partial class LedgerStore
{
    private readonly TimeProvider _clock;

    /// <summary>Stored entry fields already parsed, for de-duplication (see <see cref="ParsedFields"/>).</summary>
    private readonly ParsedFields _parsedFields = new();

    /// <summary>The parsed fields of this store's de-duplication (for tests: how many stored texts it parsed).</summary>
    internal ParsedFields ParsedFields => _parsedFields;

    private protected LedgerStore(TimeProvider clock) => _clock = clock;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Opens the ledger at <paramref name="target"/>, creating it and migrating its schema to the latest version.</summary>
    /// <param name="upToVersion">Stop migrating at this version (tests of migrations); null for the latest.</param>
    public static LedgerStore Open(DatabaseTarget target, TimeProvider? clock = null, int? upToVersion = null)
    {
        LedgerStore store = target.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteLedgerStore(target.ConnectionString, clock ?? TimeProvider.System),
            _ => new PostgresLedgerStore(target.ConnectionString, clock ?? TimeProvider.System),
        };
        store.Migrate(upToVersion);
        return store;
    }

    /// <summary>
    /// True when <paramref name="target"/> holds a ledger (a schema_version table), without creating anything: for
    /// PostgreSQL, whose database exists before any ledger is in it. A database that cannot be reached counts as having
    /// none only when the server says it does not exist; other failures are thrown.
    /// </summary>
    public static bool ExistsIn(DatabaseTarget target)
    {
        if (target.Provider == DatabaseProvider.Sqlite) return File.Exists(target.ConnectionString);
        return PostgresLedgerStore.HasLedger(target.ConnectionString);
    }

    internal abstract DbConnection OpenConnection();

    /// <summary>A transaction that holds the write lock from its first statement (SQLite: BEGIN IMMEDIATE).</summary>
    internal abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Takes the de-duplication locks of a transaction, in ascending order so two transactions cannot deadlock.</summary>
    internal abstract void LockKeys(DbConnection connection, DbTransaction tx, IEnumerable<long> lockIds);

    internal abstract IReadOnlyList<Migration> Migrations { get; }

    private protected abstract string CreateVersionTable { get; }

    /// <summary>The provider's form of <see cref="LedgerSql.SelectSourcesOf"/> for a list of entry ids.</summary>
    private protected abstract string SelectSources { get; }

    /// <summary>The provider's form of <see cref="LedgerSql.SelectPartsOf"/> for a list of entry ids.</summary>
    private protected abstract string SelectParts { get; }

    private protected virtual void LockMigrations(DbConnection connection, DbTransaction tx) { }

    private protected virtual void AfterImport(DbConnection connection, DbTransaction tx) { }

    public int LatestVersion => Migrations[^1].Version;

    public int CurrentVersion()
    {
        using var c = OpenConnection();
        return c.ExecuteScalar<int>(LedgerSql.CurrentVersion);
    }

    private void Migrate(int? upTo)
    {
        using var c = OpenConnection();
        c.Execute(CreateVersionTable);
        foreach (var step in Migrations)
        {
            if (upTo is int limit && step.Version > limit) break;
            using var tx = BeginWrite(c);
            LockMigrations(c, tx);
            // Re-read inside the lock: another process may have applied this step while we waited.
            if (c.ExecuteScalar<int>(LedgerSql.CurrentVersion, transaction: tx) >= step.Version) continue;
            c.Execute(step.Sql, transaction: tx);
            c.Execute(LedgerSql.RecordVersion, new { version = step.Version, name = step.Name, at = Now() }, tx);
            tx.Commit();
        }
    }

    public LedgerCounts Counts()
    {
        using var c = OpenConnection();
        return c.QuerySingle<LedgerCounts>(LedgerSql.Counts);
    }

    private protected string Now() => _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string? s) =>
        s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
