using System.Data.Common;
using System.Globalization;
using Dapper;
using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

public abstract partial class LedgerStore
{
    /// <summary>True when a document with this text is stored already (a cheap check before coding it).</summary>
    public bool Contains(string contentHash)
    {
        using var c = OpenConnection();
        return CountDocuments(c, contentHash) > 0;
    }

    /// <summary>The documents stored with this content hash (0 or 1), on an open connection; ingest asks it of every document, on the coders' threads.</summary>
    private protected virtual long CountDocuments(DbConnection connection, string contentHash) =>
        connection.ExecuteScalar<long>(LedgerSql.DocumentExists, new { hash = contentHash });

    /// <summary>
    /// Stores a document and its records and files each record in the ledger, all in one transaction: a process killed
    /// half-way leaves nothing of the document. A document whose content hash is stored already adds nothing.
    /// </summary>
    /// <exception cref="DbException">The database refused the document; nothing of it is stored.</exception>
    public IngestOutcome Ingest(StoredDocument document, IReadOnlyList<EventRecord> records, string who)
    {
        var result = IngestBatch([new PendingDocument(document, records)], who)[0];
        if (result.Error is { } error) throw error;
        return result.Outcome;
    }

    /// <summary>
    /// Stores several documents in one transaction (one commit instead of one per document), one after the other. Each
    /// document is still all or nothing, as in <see cref="Ingest"/>: when the database refuses one, or the transaction
    /// itself fails (a deadlock on a content hash between two processes, a lost connection), the whole transaction is
    /// rolled back and the documents are stored again one by one, each in a transaction of its own, so that the refused
    /// document is reported alone and the others are stored. A refusal is rare; a savepoint around every document, which
    /// isolated it at once, cost every batch: SQLite copied each page a document changed that the batch had changed
    /// before into the savepoint's journal (5.9 % of the writer's thread, BENCHMARKS.md, "The writer, ninth pass"), and
    /// PostgreSQL opened a subtransaction per document. De-duplication locks of the whole batch are taken first, in
    /// ascending order, so two batches cannot deadlock on them.
    /// </summary>
    /// <returns>One result per document, in the batch's order.</returns>
    internal IReadOnlyList<DocumentResult> IngestBatch(IReadOnlyList<PendingDocument> batch, string who)
    {
        if (batch.Count == 0) return [];
        try
        {
            using var c = OpenConnection();
            using var tx = BeginWrite(c);
            using var commands = new LedgerCommands(c, tx);
            var at = Now();
            LockKeys(c, tx, batch.SelectMany(d => d.Encoded).Select(r => r.LockId));
            var results = new DocumentResult[batch.Count];
            // A document's last statements (its sources, revisions, audit rows) go with the next document's first ones
            // where the database takes batches (PostgreSQL: one round trip fewer per document); the last at the flush.
            for (int i = 0; i < batch.Count; i++) results[i] = new DocumentResult(StoreDocument(commands, batch[i], who, at), null);
            commands.Flush();
            tx.Commit();
            AfterIngestCommit(c);
            return results;
        }
        catch (DbException) when (batch.Count > 1)
        {
            // Rolled back (the transaction is disposed unfinished): nothing of the batch is stored. Each again, alone.
            return [.. batch.Select(d => IngestBatch([d], who)[0])];
        }
        catch (DbException e)
        {
            return [new DocumentResult(IngestOutcome.Unchanged, e)];
        }
    }

    /// <summary>After a batch is committed, on its connection: upkeep the database needs as the ledger grows (none here).</summary>
    private protected virtual void AfterIngestCommit(DbConnection connection) { }

    /// <summary>One document inside the caller's transaction (<see cref="IngestBatch"/>): the document row, its records, their entries.</summary>
    private IngestOutcome StoreDocument(LedgerCommands w, PendingDocument pending, string who, string at)
    {
        var (document, records) = (pending.Document, pending.Encoded);
        var coderVersion = document.CoderVersion ?? Pledgewatch.Ledger.Ingest.CoderVersion.Current;
        // The unique content hash decides first: a concurrent transaction with the same text makes this one wait,
        // then find the row and stop. Key locks were taken before, always in the same order (no deadlock).
        var inserted = InsertDocument(w, document, records, coderVersion, at);
        // Read with the inserts where they are deferred (one round trip on PostgreSQL); wasted on a document stored already.
        var candidates = inserted.DocumentId is null && !inserted.Deferred ? null : QueueCandidates(w, records, toFile: null);
        w.Flush();
        if (inserted.DocumentId is not long documentId)
        {
            AfterStored(w, pending, null, at);
            return IngestOutcome.Unchanged;
        }
        var (created, merged, parts) = FileRecords(w, document, records, inserted.RecordIds, candidates!, null, new Dictionary<int, long>(), who, at);
        AfterStored(w, pending, documentId, at);
        return new IngestOutcome(true, records.Count, created, merged, parts);
    }

    /// <summary>
    /// Inserts the document row and, when it is new, its records (<see cref="InsertedDocument"/>); here the document at
    /// once, for its id, and the records deferred. A store may defer both (PostgreSQL: one statement).
    /// </summary>
    private protected virtual InsertedDocument InsertDocument(LedgerCommands w, StoredDocument document, IReadOnlyList<EncodedRecord> records, string coderVersion, string at)
    {
        var inserted = new InsertedDocument(records.Count, deferred: false) { DocumentId = w.Scalar(LedgerSql.InsertDocument, DocumentInsertValues(document, coderVersion, at)) };
        if (inserted.DocumentId is long id) InsertRecords(w, id, records, coderVersion, inserted.RecordIds);
        return inserted;
    }

    /// <summary>The values of <see cref="LedgerSql.InsertDocument"/>, in its order.</summary>
    private protected static (string Name, object? Value)[] DocumentInsertValues(StoredDocument document, string coderVersion, string at) =>
    [
        ("doc", document.Doc), ("title", document.Title), ("url", document.Url), ("source", document.Source), ("outlet", document.Outlet),
        ("country", document.Country), ("published", Iso(document.Published)), ("hash", document.ContentHash), ("text", document.Text), ("at", at),
        ("publishedFrom", document.PublishedFrom), ("countryFrom", document.CountryFrom), ("coderVersion", coderVersion),
    ];

    /// <summary>
    /// Defers the inserts of a document's records, a few rows per statement (<see cref="MultiRowSql.Records"/>, in
    /// chunks of <see cref="MultiRowSql.ChunkSizes"/> rows); <paramref name="ids"/> is filled with their ids, by ordinal, when the statements have run.
    /// </summary>
    private static void InsertRecords(LedgerCommands w, long documentId, IReadOnlyList<EncodedRecord> records, string coderVersion, long[] ids)
    {
        void Read(DbDataReader reader)
        {
            while (reader.Read()) ids[reader.GetInt32(1)] = reader.GetInt64(0);
        }
        MultiRowSql.Defer(w, [.. Enumerable.Range(0, records.Count)], MultiRowSql.Records, (ordinal, i, values) =>
        {
            var r = records[ordinal].Record;
            values.Add((MultiRowSql.Name("ordinal", i), ordinal));
            values.Add((MultiRowSql.Name("eventType", i), r.EventType));
            values.Add((MultiRowSql.Name("sentence", i), r.Evidence.Sentence));
            values.Add((MultiRowSql.Name("start", i), r.Evidence.Start));
            values.Add((MultiRowSql.Name("end", i), r.Evidence.End));
            values.Add((MultiRowSql.Name("json", i), records[ordinal].RecordJson));
        }, shared: [("documentId", documentId), ("coderVersion", coderVersion)], Read);
    }

    private static long InsertRecord(LedgerCommands w, long documentId, int ordinal, EncodedRecord encoded, string coderVersion) =>
        w.Scalar(LedgerSql.InsertRecord, RecordColumns(documentId, ordinal, encoded, coderVersion))!.Value;

    private static (string Name, object? Value)[] RecordColumns(long documentId, int ordinal, EncodedRecord encoded, string coderVersion)
    {
        var r = encoded.Record;
        return
        [
            ("documentId", documentId), ("ordinal", ordinal), ("eventType", r.EventType), ("sentence", r.Evidence.Sentence),
            ("start", r.Evidence.Start), ("end", r.Evidence.End), ("json", encoded.RecordJson), ("coderVersion", coderVersion),
        ];
    }

    /// <summary>The one id a <c>RETURNING id</c> gives.</summary>
    private static long SingleId(System.Data.Common.DbDataReader reader) =>
        reader.Read() ? reader.GetInt64(0) : throw new InvalidOperationException("an insert returned no id");

    /// <summary>
    /// Files records of one document in the ledger: each joins the entry it matches or opens a new candidate. Only the
    /// records at <paramref name="toFile"/> are filed (all when null); the others (kept by a recode) are already in their
    /// entries, which <paramref name="entryOfKept"/> gives, so that their parts can find them and no record of the
    /// document joins an entry another of its records is in.
    /// </summary>
    /// <param name="filed">When given, receives each filed record's index, its entry, and whether it opened that entry.</param>
    /// <param name="candidates">Each record's candidates (<see cref="QueueCandidates(LedgerCommands, IReadOnlyList{EncodedRecord}, IReadOnlySet{int}?)"/>), read already.</param>
    private (int Created, int Merged, int Parts) FileRecords(LedgerCommands w, StoredDocument document, IReadOnlyList<EncodedRecord> records,
        IReadOnlyList<long> recordIds, List<CandidateRow>[] candidates, IReadOnlySet<int>? toFile, IReadOnlyDictionary<int, long> entryOfKept, string who, string at,
        List<(int Index, long Entry, bool Opened)>? filed = null)
    {
        int created = 0, merged = 0, parts = 0;
        var rows = new DocumentRows(who, at);
        // The coder already merged the repeats of one report: two records of the same document are two events, so
        // neither may be filed into an entry the other opened or joined.
        var entriesOfThisDocument = entryOfKept.Values.ToHashSet();
        // Packages are filed before their parts, so a part knows its package's entry (EVENTS.md, "Packages, parts").
        var packages = DocumentParts.Packages([.. records.Select(r => r.Record)]);
        var entryOf = new long[records.Count];
        foreach (var (index, entry) in entryOfKept) entryOf[index] = entry;
        long? PackageOf(int i) => packages[i] is int p ? entryOf[p] : null;
        foreach (var level in DocumentParts.FilingLevels(packages))
        {
            // First what each record of the level matches, in filing order: that depends on the candidates (read before
            // filing), the entries this document filed before and the package's entry, never on the ids of the entries
            // the level opens (no candidate is one). So those entries are inserted together, in filing order.
            var matches = new (CandidateRow? Match, string? Rule)[level.Length];
            var opening = new List<int>();
            for (int k = 0; k < level.Length; k++)
            {
                int i = level[k];
                if (toFile is not null && !toFile.Contains(i)) continue;
                matches[k] = FindMatch(records[i], candidates[i], entriesOfThisDocument, PackageOf(i));
                if (matches[k].Match is { } existing) entriesOfThisDocument.Add(existing.Id);
                else opening.Add(i);
            }
            var openedIds = InsertEntries(w, [.. opening.Select(i => (records[i], PackageOf(i)))], at);
            // A later record (of this batch or another) that finds one of these entries among its candidates compares
            // with the fields at hand instead of parsing the text just written (rolled back with the batch, the parse
            // of the text stays right: it is keyed by the text).
            foreach (var i in opening) _parsedFields.Remember(records[i].FieldsJson, records[i].Fields, records[i].Key);
            int nextOpened = 0;
            for (int k = 0; k < level.Length; k++)
            {
                int i = level[k];
                if (toFile is not null && !toFile.Contains(i)) continue;
                var r = records[i];
                long? package = PackageOf(i);
                var source = new EntrySource(0, document.Doc, document.Title, document.Url, document.Published, r.Record.Evidence, "");
                if (matches[k] is ({ } existing, var rule))
                {
                    if (package is long whole)
                    {
                        // De-duplication keeps the link: the entry stays in the package it is in; one without a package joins this one.
                        // The part links read and change entries: the rows so far go first (DocumentRows).
                        rows.WriteTo(w);
                        if (existing.ParentId is null && !Ancestors(w, whole).Contains(existing.Id))
                        {
                            Relink(w, existing.Id, null, whole, who, at, "attach");
                            rule += $"; part of entry {whole}, as this report says";
                            parts++;
                        }
                        else if (existing.ParentId is long other && other != whole)
                            rule += $"; this report makes it part of entry {whole}, the ledger keeps it in entry {other} (see 'ledger attach')";
                    }
                    AddSource(rows, existing.Id, recordIds[i], source with { Rule = rule! }, r.EvidenceJson, "add-source");
                    entryOf[i] = existing.Id;
                    filed?.Add((i, existing.Id, false));
                    merged++;
                }
                else
                {
                    var id = openedIds[nextOpened++];
                    NoteCreated(rows, id, EntryStatus.Candidate, r.FieldsJson, package, "create");
                    var opened = package is long whole ? $"opened the entry, part of entry {whole} as this report says" : "opened the entry";
                    AddSource(rows, id, recordIds[i], source with { Rule = opened }, r.EvidenceJson, action: null);
                    if (package is long parent)
                    {
                        rows.WriteTo(w);
                        NotePart(w, parent, id, who, at, "attach-part");
                        parts++;
                    }
                    entriesOfThisDocument.Add(id);
                    entryOf[i] = id;
                    filed?.Add((i, id, true));
                    created++;
                }
            }
        }
        rows.WriteTo(w);
        return (created, merged, parts);
    }

    /// <summary>
    /// In the document's own transaction: the watch item it came from is done, and (PostgreSQL) its shared-queue row is
    /// finished, so a crash can neither lose the document nor leave it stored but still queued.
    /// </summary>
    private protected virtual void AfterStored(LedgerCommands w, PendingDocument pending, long? documentId, string at)
    {
        if (pending.WatchItem is long item) w.Defer(WatchSql.ItemStored, null, ("id", item), ("at", at), ("documentId", documentId));
    }

    /// <summary>Adds entries without sources in one transaction: for benchmarks that need a large ledger quickly.</summary>
    internal int SeedEntries(IEnumerable<EntryFields> entries)
    {
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        using var w = new LedgerCommands(c, tx);
        var at = Now();
        int n = 0;
        foreach (var f in entries)
        {
            // Scalar, not Execute: the insert returns the new id, and a batching database wants a reader for every row.
            w.Scalar(LedgerSql.InsertEntry, Columns(f, EntryJson.SerializeFields(f), EntryStatus.Candidate, at, null, Dataset.News));
            n++;
        }
        tx.Commit();
        return n;
    }

    /// <summary>
    /// The oldest live entry the fields match, with the rule that matched; candidates come from the key indexes only.
    /// A part prefers the parts of its package's entry, a whole prefers entries that are not parts: "the $50 million for
    /// the NATO fund" reported alone joins that part, and a package reported without its parts joins the package.
    /// </summary>
    private (CandidateRow? Match, string? Rule) FindMatch(EncodedRecord record, List<CandidateRow> candidates, IReadOnlySet<long> excluded, long? package)
    {
        // In id order (the query's) within each group: first the parts of the package, then the rest.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var candidate in candidates)
            {
                if ((candidate.ParentId == package) != (pass == 0) || excluded.Contains(candidate.Id)) continue;
                var (fields, key) = _parsedFields.Parse(candidate.Fields);
                var rule = EntryMatcher.Match(record.Fields, record.Key, fields, key);
                if (rule is not null) return (candidate, $"matched entry {candidate.Id}: {rule}");
            }
        }
        return (null, null);
    }

    /// <summary>
    /// Queues the candidate queries of the records to file (all when <paramref name="toFile"/> is null); their rows are
    /// in the array after the next flush. They are all read before any record is filed: filing cannot change what a
    /// later record of the document may match, since the entries it opens, joins or moves into a package are excluded
    /// for the rest of the document anyway.
    /// </summary>
    private static List<CandidateRow>[] QueueCandidates(LedgerCommands w, IReadOnlyList<EncodedRecord> records, IReadOnlySet<int>? toFile)
    {
        var candidates = new List<CandidateRow>[records.Count];
        for (int i = 0; i < records.Count; i++)
            if (toFile is null || toFile.Contains(i)) QueueCandidates(w, records[i], candidates, i);
        return candidates;
    }

    /// <summary>Queues the candidate query of one record (<see cref="FindMatch"/>): one key, a date window, an amount band; the rows land in <paramref name="into"/>.</summary>
    private static void QueueCandidates(LedgerCommands w, EncodedRecord record, List<CandidateRow>[] into, int index)
    {
        var (from, to) = EntryMatcher.Window(record.Fields);
        var (windowFrom, windowTo) = (Iso(from), Iso(to));
        var rows = into[index] = [];
        void Read(System.Data.Common.DbDataReader reader)
        {
            while (reader.Read())
                rows.Add(new CandidateRow { Id = reader.GetInt64(0), ParentId = reader.IsDBNull(1) ? null : reader.GetInt64(1), Fields = reader.GetString(2) });
        }
        if (EntryMatcher.AmountRange(record.Fields) is { } r)
            w.Defer(LedgerSql.CandidatesWithAmount, Read, ("key", record.Key.Value), ("low", r.Low), ("high", r.High), ("windowFrom", windowFrom), ("windowTo", windowTo));
        else
            w.Defer(LedgerSql.CandidatesWithoutAmount, Read, ("key", record.Key.Value), ("windowFrom", windowFrom), ("windowTo", windowTo));
    }

    private static long CreateEntry(DbConnection c, DbTransaction tx, EntryFields fields, string status, string at, string who, string action, long? explicitId = null,
        long? parentId = null, string dataset = Dataset.News)
    {
        using var w = new LedgerCommands(c, tx);
        var rows = new DocumentRows(who, at);
        var id = CreateEntry(w, rows, fields, EntryJson.SerializeFields(fields), status, at, who, action, explicitId, parentId, dataset);
        rows.WriteTo(w);
        w.Flush();
        return id;
    }

    /// <summary>A new entry, inserted at once; its first revision and audit row go to <paramref name="rows"/>, written by the caller.</summary>
    /// <param name="fieldsJson"><see cref="EntryJson.SerializeFields"/> of <paramref name="fields"/>, made by the caller (a coder, for ingest).</param>
    private static long CreateEntry(LedgerCommands w, DocumentRows rows, EntryFields fields, string fieldsJson, string status, string at, string who, string action, long? explicitId = null,
        long? parentId = null, string dataset = Dataset.News)
    {
        var row = Columns(fields, fieldsJson, status, at, parentId, dataset);
        long id;
        if (explicitId is long given)
        {
            w.Execute(LedgerSql.InsertEntryWithId, [.. row, ("id", given)]);
            id = given;
        }
        else id = w.Scalar(LedgerSql.InsertEntry, row)!.Value;
        NoteCreated(rows, id, status, fieldsJson, parentId, action);
        return id;
    }

    /// <summary>A new entry's first revision and its audit row (<paramref name="action"/>), to <paramref name="rows"/>.</summary>
    private static void NoteCreated(DocumentRows rows, long id, string status, string fieldsJson, long? parentId, string action)
    {
        rows.AddRevision(id);
        rows.AddAudit(action, id, null, Snapshot(status, fieldsJson, null, parentId));
    }

    /// <summary>
    /// Inserts the entries a document's records open, as candidates of the news dataset, each with its package (a few
    /// rows per statement, <see cref="MultiRowSql.Entries"/>, sent in one round trip where the database takes batches);
    /// their ids, in the order given. Their revisions and audit rows are the caller's (<see cref="NoteCreated"/>).
    /// </summary>
    private static long[] InsertEntries(LedgerCommands w, IReadOnlyList<(EncodedRecord Record, long? Package)> opening, string at)
    {
        if (opening.Count == 0) return [];
        var ids = new List<long>(opening.Count);
        MultiRowSql.Defer(w, opening, MultiRowSql.Entries, (row, i, values) => AddOwnColumns(values, row.Record.Fields, row.Record.FieldsJson, row.Package, i, row.Record.Key),
            shared: [("status", EntryStatus.Candidate), ("dataset", Dataset.News), ("at", at)],
            read: reader =>
            {
                while (reader.Read()) ids.Add(reader.GetInt64(0));
            });
        w.Flush();
        if (ids.Count != opening.Count) throw new InvalidOperationException($"{opening.Count} entries inserted, {ids.Count} ids returned");
        // The order of RETURNING's rows is not promised; the ids were assigned in the order of the rows (MultiRowSql.Entries).
        ids.Sort();
        return [.. ids];
    }

    private static void AddSource(DbConnection c, DbTransaction tx, long entryId, long? recordId, EntrySource s, string at, string who, string? action)
    {
        using var w = new LedgerCommands(c, tx);
        var rows = new DocumentRows(who, at);
        AddSource(rows, entryId, recordId, s, EntryJson.SerializeEvidence(s.Evidence), action);
        rows.WriteTo(w);
        w.Flush();
    }

    /// <summary>
    /// A source of an entry, added to <paramref name="rows"/>; with <paramref name="action"/>, an audit row naming the
    /// source, which finds the new source's id by its record (so <paramref name="recordId"/> is then required).
    /// </summary>
    /// <param name="evidenceJson"><see cref="EntryJson.SerializeEvidence"/> of the source's evidence, made by the caller (a coder, for ingest).</param>
    private static void AddSource(DocumentRows rows, long entryId, long? recordId, EntrySource s, string evidenceJson, string? action)
    {
        rows.AddSource(entryId, recordId, s, evidenceJson);
        if (action is null) return;
        if (recordId is not long record) throw new ArgumentNullException(nameof(recordId), "an audited source is found by its record");
        // {"source":<id>,"doc":…,"rule":…}, as serialising {source, doc, rule} gives, with the id the insert above assigned.
        var rest = System.Text.Json.JsonSerializer.Serialize(new { doc = s.Doc, rule = s.Rule }, EntryJson.Options);
        rows.AddSourceAudit(action, entryId, record, "{\"source\":", "," + rest[1..]);
    }

    /// <summary>One row of the audit log (<see cref="LedgerSql.InsertAudit"/>), deferred.</summary>
    private static void Audit(LedgerCommands w, string at, string who, string action, long? entryId, string? before, string? after) =>
        w.Defer(LedgerSql.InsertAudit, null, ("at", at), ("who", who), ("action", action), ("entryId", entryId), ("before", before), ("after", after));

    /// <summary>The indexed columns derived from the fields: they must change together with them (and the package and dataset, on insert).</summary>
    private static (string Name, object? Value)[] Columns(EntryFields f, string fieldsJson, string status, string at, long? parentId, string dataset)
    {
        var values = new List<(string, object?)>(13) { ("status", status) };
        AddOwnColumns(values, f, fieldsJson, parentId, row: null);
        values.Add(("dataset", dataset));
        values.Add(("at", at));
        return [.. values];
    }

    /// <summary>
    /// The columns of an insert that differ from entry to entry (all but status, dataset and time), added to
    /// <paramref name="values"/>; named for row <paramref name="row"/> of a multi-row insert (<see cref="MultiRowSql.Entries"/>), or plainly when null.
    /// </summary>
    /// <param name="key"><see cref="DedupKey.Of"/> of <paramref name="f"/> when made already (an encoded record's); made here when null.</param>
    private static void AddOwnColumns(List<(string, object?)> values, EntryFields f, string fieldsJson, long? parentId, int? row, DedupKey? key = null)
    {
        string Named(string column) => row is int i ? MultiRowSql.Name(column, i) : column;
        values.Add((Named("eventType"), f.EventType));
        values.Add((Named("actor"), EntryFields.Codes(f.Actor)));
        values.Add((Named("recipient"), EntryFields.Codes(f.Recipient)));
        values.Add((Named("key"), (key ?? DedupKey.Of(f)).Value));
        values.Add((Named("currency"), TypedNull.Of(f.Commitment?.Amount?.Currency)));
        values.Add((Named("amount"), TypedNull.Of(f.Commitment?.Amount is { } m ? (double?)(double)m.Value : null)));
        values.Add((Named("dateFrom"), Iso(f.Date.From)));
        values.Add((Named("dateTo"), Iso(f.Date.To)));
        values.Add((Named("fields"), fieldsJson));
        values.Add((Named("parentId"), TypedNull.Of(parentId)));
    }

    /// <summary>The columns of an update (<see cref="LedgerSql.UpdateEntry"/>), for Dapper.</summary>
    private static DynamicParameters Columns(EntryFields f, string status, string at)
    {
        var p = new DynamicParameters();
        foreach (var (name, value) in Columns(f, EntryJson.SerializeFields(f), status, at, null, Dataset.News))
        {
            if (value is TypedNull typed) p.Add(name, null, typed.Type);
            else p.Add(name, value);
        }
        return p;
    }

    /// <summary>The audit log's "before"/"after": status, fields, merge target and package as one JSON object.</summary>
    private static string Snapshot(string status, EntryFields fields, long? mergedInto, long? parent) =>
        Snapshot(status, EntryJson.SerializeFields(fields), mergedInto, parent);

    /// <summary>
    /// <see cref="Snapshot(string, EntryFields, long?, long?)"/> from the fields' JSON made beforehand: the same text as
    /// serialising <c>{status, fields, merged_into, parent}</c> with <see cref="EntryJson.Options"/> (a status is one of
    /// <see cref="EntryStatus"/>'s words, which need no escaping).
    /// </summary>
    internal static string Snapshot(string status, string fieldsJson, long? mergedInto, long? parent) =>
        $"{{\"status\":\"{status}\",\"fields\":{fieldsJson},\"merged_into\":{Number(mergedInto)},\"parent\":{Number(parent)}}}";

    private static string Number(long? n) => n is long v ? v.ToString(CultureInfo.InvariantCulture) : "null";
}
