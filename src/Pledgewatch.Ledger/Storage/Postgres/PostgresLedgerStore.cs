using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;
using Pledgewatch.Ledger.Storage.Migrations;

namespace Pledgewatch.Ledger.Storage.Postgres;

/// <summary>
/// The ledger in PostgreSQL. Transactions are READ COMMITTED; de-duplication takes a transaction-scoped advisory
/// lock per key, so a later transaction sees the entry an earlier one created for the same commitment.
/// </summary>
internal sealed class PostgresLedgerStore : LedgerStore
{
    private readonly NpgsqlDataSource _source;

    public PostgresLedgerStore(string connectionString, TimeProvider clock) : base(clock) =>
        _source = NpgsqlDataSource.Create(WithWriterSettings(connectionString));

    /// <summary>
    /// Statements run again and again (the writer's, through <see cref="LedgerCommands"/>) are prepared on the server
    /// after their second use, unless the connection string says otherwise: parsing and planning them each time cost
    /// more than running them. A failed statement of a batch is named on its exception (<see cref="DbException.BatchCommand"/>).
    /// </summary>
    private static string WithWriterSettings(string connectionString)
    {
        // No reset of a pooled connection's session when it is returned (RESET ALL, DISCARD TEMP, DISCARD SEQUENCES,
        // pg_advisory_unlock_all(), sent before its next use): the ledger sets no session state (its locks end with
        // their transactions; no SET, no temporary tables), and ingest takes a connection from the pool for the
        // content-hash check of every document: 3,939 resets for 3,000 documents (BENCHMARKS.md, "The writer, third pass").
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { IncludeFailedBatchedCommand = true, NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <summary>True when the database has a ledger (its schema_version table on the search path); false when the database does not exist.</summary>
    public static bool HasLedger(string connectionString)
    {
        try
        {
            using var c = new NpgsqlConnection(connectionString);
            c.Open();
            return c.ExecuteScalar<string?>("SELECT to_regclass('schema_version')::text") is not null;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    internal override IReadOnlyList<Migration> Migrations => PostgresSql.Migrations;

    private protected override string CreateVersionTable => PostgresSql.CreateVersionTable;

    private protected override string SelectSources => PostgresSql.SelectSources;

    private protected override string SelectParts => PostgresSql.SelectParts;

    private protected override string ClaimWatchItems => PostgresSql.ClaimWatchItems;

    internal override DbConnection OpenConnection() => _source.OpenConnection();

    internal override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    internal override void LockKeys(DbConnection connection, DbTransaction tx, IEnumerable<long> lockIds)
    {
        var ids = lockIds.Distinct().Order().ToArray();
        if (ids.Length > 0) connection.Execute(PostgresSql.LockKeys, new { ids }, tx);
    }

    private protected override void LockMigrations(DbConnection connection, DbTransaction tx) => connection.Execute(PostgresSql.LockMigrations, transaction: tx);

    private protected override void AfterImport(DbConnection connection, DbTransaction tx) => connection.Execute(PostgresSql.ResetEntryIdentity, transaction: tx);

    /// <summary>The database clock, for <see cref="Enqueue"/>.</summary>
    public DateTime DatabaseNow()
    {
        using var c = OpenConnection();
        return c.ExecuteScalar<DateTime>(PostgresSql.Now);
    }

    /// <summary>
    /// Adds sources to the shared work queue, 500 in each statement (one statement per source took a round trip and a
    /// server statement each: 10,000 for 10,000 documents), each committed at once so that other processes can start.
    /// </summary>
    public void Enqueue(IEnumerable<string> sources, DateTime runStart)
    {
        using var c = OpenConnection();
        foreach (var batch in sources.Chunk(500)) c.Execute(PostgresSql.Enqueue, new { sources = batch, runStart });
    }

    /// <summary>Claims up to <paramref name="max"/> pending sources for <paramref name="worker"/>, in queue order; empty when the queue is.</summary>
    public IReadOnlyList<string> ClaimMany(string worker, int max)
    {
        using var c = OpenConnection();
        return [.. c.Query<(long Id, string Source)>(PostgresSql.ClaimMany, new { worker, max }).OrderBy(r => r.Id).Select(r => r.Source)];
    }

    /// <summary>Puts back what <paramref name="worker"/> claimed and did not finish (a stop was asked for).</summary>
    public void Release(string worker)
    {
        using var c = OpenConnection();
        c.Execute(PostgresSql.Release, new { worker });
    }

    /// <summary>
    /// The document and its records in one deferred statement (<see cref="PostgresSql.InsertDocumentWithRecords"/>):
    /// they go with the candidate queries instead of taking a round trip of their own for the document's id.
    /// </summary>
    private protected override InsertedDocument InsertDocument(LedgerCommands w, StoredDocument document, IReadOnlyList<EncodedRecord> records, string coderVersion, string at)
    {
        // Without records the statement would return nothing either way: the document's id is asked for alone.
        if (records.Count == 0) return base.InsertDocument(w, document, records, coderVersion, at);
        var inserted = new InsertedDocument(records.Count, deferred: true);
        w.Defer(PostgresSql.InsertDocumentWithRecords, reader =>
        {
            while (reader.Read())
            {
                inserted.DocumentId = reader.GetInt64(0);
                inserted.RecordIds[reader.GetInt32(2)] = reader.GetInt64(1);
            }
        },
        [
            .. DocumentInsertValues(document, coderVersion, at),
            ("ordinals", Enumerable.Range(0, records.Count).ToArray()),
            ("eventTypes", records.Select(r => r.Record.EventType).ToArray()),
            ("sentences", records.Select(r => r.Record.Evidence.Sentence).ToArray()),
            ("starts", records.Select(r => r.Record.Evidence.Start).ToArray()),
            ("ends", records.Select(r => r.Record.Evidence.End).ToArray()),
            ("jsons", records.Select(r => r.RecordJson).ToArray()),
        ]);
        return inserted;
    }

    private protected override void AfterStored(LedgerCommands w, PendingDocument pending, long? documentId, string at)
    {
        base.AfterStored(w, pending, documentId, at);
        if (pending.QueueSource is { } source) w.Defer(PostgresSql.FinishStored, null, ("source", source));
    }

    /// <summary>
    /// Analyses the tables the writer reads from (<see cref="PostgresSql.TablesToAnalyze"/>) each time one has doubled since
    /// it was last analysed. Npgsql prepares the writer's statements on the server, and PostgreSQL keeps one generic plan
    /// per statement for as long as the connection lives, until the table's statistics change. Planned while the ledger
    /// was young (a few rows, no statistics), the candidate queries ran on the dataset index (every entry is 'news') or a
    /// sequential scan instead of the key indexes, more slowly with every entry, until autovacuum analysed the table (it
    /// looks once a minute): 0.9 ms a query with 6,000 entries against 0.05 ms (BENCHMARKS.md, "The writer, third pass").
    /// A table doubles a few times in a ledger's life, so this runs rarely; autovacuum keeps a grown ledger's
    /// statistics. An analysis another process or autovacuum is running already is not waited for.
    /// </summary>
    private protected override void AfterIngestCommit(DbConnection connection)
    {
        try
        {
            foreach (var table in connection.Query<string>(PostgresSql.TablesToAnalyze).ToList())
                connection.Execute(PostgresSql.Analyze(table));
        }
        catch (DbException)
        {
            // Upkeep only: the batch is committed, and its results must stand (IngestBatch would otherwise store its
            // documents again one by one and report them unchanged). A lost connection shows at the next statement.
        }
    }

    public void Finish(string source, string? error)
    {
        using var c = OpenConnection();
        c.Execute(PostgresSql.Finish, new { source, state = error is null ? "done" : "failed", error });
    }
}
