using Pledgewatch.Ledger.Storage.Migrations;

namespace Pledgewatch.Ledger.Storage.Sqlite;

/// <summary>All SQL that is SQLite's own: the schema steps and the connection settings. Shared statements are in <see cref="LedgerSql"/>.</summary>
internal static class SqliteSql
{
    /// <summary>
    /// WAL lets readers run beside the one writer; the busy timeout makes a second process wait for the write lock
    /// instead of failing; NORMAL synchronisation in WAL survives a killed process (not a power cut, which is fine
    /// for a ledger that can be re-ingested). Temporary files in memory: a statement that may fail half-way inside a
    /// transaction (a multi-row insert, <see cref="MultiRowSql"/>) has SQLite copy the pages it changes that the
    /// transaction had changed before into a statement journal, a temporary file once past 64 KiB; when each document
    /// of a batch had a savepoint, that journal took 267 MB of writes, in 4 KiB system calls, for 1,000 documents, a
    /// quarter of the writer's time (BENCHMARKS.md, "The writer, fourth pass"). In memory it is a copy. The ledger's
    /// other temporary structures (sorts, subqueries) are small.
    /// <para>
    /// The WAL is copied back into the database (a checkpoint, by the connection whose commit passes the limit) at
    /// <see cref="WalCheckpointPages"/> pages instead of SQLite's 1,000: each checkpoint writes the pages changed since
    /// the last one and waits for two <c>fsync</c>s, and at 1,000 pages ingest's writer spent about 2 s of 10,000
    /// documents' 5 s waiting for them (the writer alone: 5.2 s for 3.0 s of CPU; with 10,000 pages, 3.0 s for 2.7 s),
    /// while the coders, their window full, waited for it (BENCHMARKS.md, "The writer, eighth pass"). The pages a batch
    /// rewrites (the tables' last pages, the indexes' inner pages) are also copied once per checkpoint, not once per
    /// 1,000 pages. The WAL file grows to about 40 MB and stays that size until the last connection closes (SQLite then
    /// checkpoints and deletes it).
    /// </para>
    /// <para>
    /// A page cache of <see cref="CacheKibibytes"/> KiB per connection instead of SQLite's 2,000: the pages each ingest
    /// batch changes (the indexes' leaves, spread over the whole index by entry and by key, the tables' last pages and
    /// every B-tree's inner pages) did not fit in 2,000 KiB, and the writer read them back from the WAL or the
    /// database with a <c>pread</c> each, again in every batch: 1.5 GB of reads for 10,000 documents, against 0.2 GB
    /// (the checkpoints' own reads of the WAL) with 16 MiB (BENCHMARKS.md, "The writer, ninth pass"). SQLite takes the
    /// cache's pages as it needs them, so a connection that reads a few pages (the coders' content-hash check) stays small.
    /// </para>
    /// </summary>
    public static readonly string OpenPragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=60000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; " +
        $"PRAGMA wal_autocheckpoint={WalCheckpointPages}; PRAGMA cache_size=-{CacheKibibytes};";

    /// <summary>The page cache of each connection, in KiB (<see cref="OpenPragmas"/>, as <c>cache_size</c>'s negative form).</summary>
    public const int CacheKibibytes = 16_384;

    /// <summary>The WAL's size, in pages of 4 KiB, at which a commit copies it back into the database (<see cref="OpenPragmas"/>).</summary>
    public const int WalCheckpointPages = 10_000;

    /// <summary>Dapper expands a list parameter into <c>(@ids1, @ids2, …)</c> for SQLite.</summary>
    public const string SelectSources = LedgerSql.SelectSourcesOf + " IN @ids ORDER BY entry_id, id";

    public const string SelectParts = LedgerSql.SelectPartsOf + " IN @ids ORDER BY id";

    /// <summary>Due items, oldest first; the write lock of the single statement keeps two processes from taking the same one.</summary>
    public const string ClaimWatchItems = """
        UPDATE watch_items SET state = 'claimed', claimed_by = @worker, claimed_at = @at
        WHERE id IN (SELECT id FROM watch_items
                     WHERE (state = 'pending' AND due_at <= @at) OR (state = 'claimed' AND claimed_at < @stale)
                     ORDER BY id LIMIT @max)
        RETURNING id, location, title, published, attempts, first_seen_at AS firstSeenAt
        """;

    public const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "documents, records, entries, sources, revisions, audit log", """
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                doc TEXT NOT NULL, title TEXT, url TEXT, source TEXT, outlet TEXT, country TEXT, published TEXT,
                content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
            CREATE TABLE records (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                document_id INTEGER NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL, event_type TEXT NOT NULL,
                sentence INTEGER NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, json TEXT NOT NULL,
                UNIQUE (document_id, ordinal));
            CREATE TABLE entries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                status TEXT NOT NULL, event_type TEXT NOT NULL, actor TEXT NOT NULL, recipient TEXT NOT NULL,
                dedup_key TEXT NOT NULL, currency TEXT, amount REAL, date_from TEXT NOT NULL, date_to TEXT NOT NULL,
                fields TEXT NOT NULL, merged_into INTEGER REFERENCES entries(id), revision INTEGER NOT NULL,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX entries_by_key_amount ON entries (dedup_key, amount);
            CREATE INDEX entries_by_key_date ON entries (dedup_key, date_to);
            CREATE TABLE entry_sources (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id INTEGER NOT NULL REFERENCES entries(id), record_id INTEGER REFERENCES records(id),
                doc TEXT NOT NULL, title TEXT, url TEXT, published TEXT, evidence TEXT NOT NULL, rule TEXT NOT NULL,
                added_at TEXT NOT NULL);
            CREATE INDEX entry_sources_by_entry ON entry_sources (entry_id, id);
            CREATE TABLE revisions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id INTEGER NOT NULL REFERENCES entries(id), revision INTEGER NOT NULL, status TEXT NOT NULL,
                fields TEXT NOT NULL, merged_into INTEGER, author TEXT NOT NULL, at TEXT NOT NULL,
                UNIQUE (entry_id, revision));
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, entry_id INTEGER, before TEXT, after TEXT);
            CREATE INDEX audit_log_by_entry ON audit_log (entry_id, id);
            """),
        new(2, "work queue for shared ingests; status index", """
            CREATE TABLE ingest_queue (
                id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, state TEXT NOT NULL,
                claimed_by TEXT, claimed_at TEXT, finished_at TEXT, error TEXT);
            CREATE INDEX entries_by_status ON entries (status, id);
            """),
        new(3, "web users and API tokens; indexes for the web's sorting and feed", """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
                password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE api_tokens (
                id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL REFERENCES users(id),
                token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
            CREATE INDEX entries_by_date ON entries (date_from, id);
            CREATE INDEX entries_by_updated ON entries (status, updated_at);
            """),
        new(4, "packages and their parts: an entry's parent, kept in its revisions", """
            ALTER TABLE entries ADD COLUMN parent_id INTEGER REFERENCES entries(id);
            CREATE INDEX entries_by_parent ON entries (parent_id);
            ALTER TABLE revisions ADD COLUMN parent_id INTEGER;
            """),
        new(5, "watch state: sources with validators and back-off, items with their state", """
            CREATE TABLE watch_sources (
                id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL UNIQUE, etag TEXT, last_modified TEXT,
                failures INTEGER NOT NULL, next_poll_at TEXT, last_polled_at TEXT, last_error TEXT);
            CREATE TABLE watch_items (
                id INTEGER PRIMARY KEY AUTOINCREMENT, source_id INTEGER NOT NULL REFERENCES watch_sources(id),
                item TEXT NOT NULL, location TEXT NOT NULL, title TEXT, published TEXT, state TEXT NOT NULL,
                attempts INTEGER NOT NULL, first_seen_at TEXT NOT NULL, due_at TEXT NOT NULL, claimed_by TEXT, claimed_at TEXT,
                stored_at TEXT, document_id INTEGER REFERENCES documents(id), error TEXT,
                UNIQUE (source_id, item));
            CREATE INDEX watch_items_by_state ON watch_items (state, due_at, id);
            CREATE INDEX watch_items_by_stored ON watch_items (stored_at);
            """),
        new(6, "datasets; document metadata with its basis; records with the coder version that made them; amounts in EUR", """
            ALTER TABLE entries ADD COLUMN dataset TEXT NOT NULL DEFAULT 'news';
            -- Before datasets, the Kiel tracker's rows were told apart by their documents' prefix (KielImporter.DocPrefix).
            UPDATE entries SET dataset = 'kiel'
            WHERE EXISTS (SELECT 1 FROM entry_sources s WHERE s.entry_id = entries.id AND s.doc LIKE 'kiel-ust-%');
            ALTER TABLE entries ADD COLUMN amount_eur REAL;
            ALTER TABLE entries ADD COLUMN same_as INTEGER REFERENCES entries(id);
            CREATE INDEX entries_by_dataset ON entries (dataset, status, id);
            CREATE INDEX entries_by_amount_eur ON entries (amount_eur);
            CREATE INDEX entries_by_same_as ON entries (same_as);
            ALTER TABLE documents ADD COLUMN published_from TEXT;
            ALTER TABLE documents ADD COLUMN country_from TEXT;
            ALTER TABLE documents ADD COLUMN coder_version TEXT;
            ALTER TABLE records ADD COLUMN coder_version TEXT;
            ALTER TABLE records ADD COLUMN retired_at TEXT;
            """),
        // Claims read the queue in id order for a pending row: without this index each claim passed over every row
        // done so far (on PostgreSQL, 18 ms with 10,000 rows done; 0.9 ms with it).
        new(7, "the shared work queue's pending rows indexed for claims", """
            CREATE INDEX ingest_queue_pending ON ingest_queue (id) WHERE state = 'pending';
            """),
    ];
}
