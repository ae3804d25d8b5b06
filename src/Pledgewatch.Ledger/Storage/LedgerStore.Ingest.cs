using System.Data.Common;
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
        return c.ExecuteScalar<long>(LedgerSql.DocumentExists, new { hash = contentHash }) > 0;
    }

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
    /// Stores several documents in one transaction (one commit instead of one per document), each inside a savepoint of
    /// its own: a document the database refuses is rolled back alone and reported in its result, and every document is
    /// still all or nothing, as in <see cref="Ingest"/>. De-duplication locks of the whole batch are taken first, in
    /// ascending order, so two batches cannot deadlock on them. A failure of the transaction itself (a deadlock on a
    /// content hash between two processes, a lost connection) is answered by storing the documents one by one.
    /// </summary>
    /// <returns>One result per document, in the batch's order.</returns>
    internal IReadOnlyList<DocumentResult> IngestBatch(IReadOnlyList<PendingDocument> batch, string who)
    {
        if (batch.Count == 0) return [];
        var fields = batch.Select(d => d.Records.Select(EntryFields.From).ToList()).ToList();
        try
        {
            using var c = OpenConnection();
            using var tx = BeginWrite(c);
            var at = Now();
            LockKeys(c, tx, fields.SelectMany(f => f).Select(f => DedupKey.Of(f).LockId));
            var results = new DocumentResult[batch.Count];
            for (int i = 0; i < batch.Count; i++)
            {
                if (batch.Count == 1)
                {
                    results[i] = new DocumentResult(StoreDocument(c, tx, batch[i], who, at), null);
                    continue;
                }
                tx.Save("doc");
                try
                {
                    results[i] = new DocumentResult(StoreDocument(c, tx, batch[i], who, at), null);
                    tx.Release("doc");
                }
                catch (DbException e)
                {
                    tx.Rollback("doc");
                    results[i] = new DocumentResult(IngestOutcome.Unchanged, e);
                }
            }
            tx.Commit();
            return results;
        }
        catch (DbException) when (batch.Count > 1)
        {
            return [.. batch.Select(d => IngestBatch([d], who)[0])];
        }
        catch (DbException e)
        {
            return [new DocumentResult(IngestOutcome.Unchanged, e)];
        }
    }

    /// <summary>One document inside the caller's transaction (<see cref="IngestBatch"/>): the document row, its records, their entries.</summary>
    private IngestOutcome StoreDocument(DbConnection c, DbTransaction tx, PendingDocument pending, string who, string at)
    {
        var (document, records) = (pending.Document, pending.Records);
        // The unique content hash decides first: a concurrent transaction with the same text makes this one wait,
        // then find the row and stop. Key locks were taken before, always in the same order (no deadlock).
        var documentId = c.ExecuteScalar<long?>(LedgerSql.InsertDocument, new
        {
            doc = document.Doc, title = document.Title, url = document.Url, source = document.Source, outlet = document.Outlet,
            country = document.Country, published = Iso(document.Published), hash = document.ContentHash, text = document.Text, at,
            publishedFrom = document.PublishedFrom, countryFrom = document.CountryFrom, coderVersion = document.CoderVersion ?? Pledgewatch.Ledger.Ingest.CoderVersion.Current,
        }, tx);
        if (documentId is null)
        {
            AfterStored(c, tx, pending, null, at);
            return IngestOutcome.Unchanged;
        }

        var recordIds = new long[records.Count];
        for (int i = 0; i < records.Count; i++)
            recordIds[i] = InsertRecord(c, tx, documentId.Value, i, records[i], document.CoderVersion ?? Pledgewatch.Ledger.Ingest.CoderVersion.Current);

        var (created, merged, parts) = FileRecords(c, tx, document, records, recordIds, Enumerable.Range(0, records.Count).ToHashSet(), new Dictionary<int, long>(), who, at);
        AfterStored(c, tx, pending, documentId, at);
        return new IngestOutcome(true, records.Count, created, merged, parts);
    }

    private static long InsertRecord(DbConnection c, DbTransaction tx, long documentId, int ordinal, EventRecord r, string coderVersion) =>
        c.ExecuteScalar<long>(LedgerSql.InsertRecord, new
        {
            documentId, ordinal, eventType = r.EventType, sentence = r.Evidence.Sentence,
            start = r.Evidence.Start, end = r.Evidence.End, json = RecordJson.ToJsonLine(r), coderVersion,
        }, tx);

    /// <summary>
    /// Files records of one document in the ledger: each joins the entry it matches or opens a new candidate. Only the
    /// records at <paramref name="toFile"/> are filed; the others (kept by a recode) are already in their entries,
    /// which <paramref name="entryOfKept"/> gives, so that their parts can find them and no record of the document
    /// joins an entry another of its records is in.
    /// </summary>
    /// <param name="filed">When given, receives each filed record's index, its entry, and whether it opened that entry.</param>
    private (int Created, int Merged, int Parts) FileRecords(DbConnection c, DbTransaction tx, StoredDocument document, IReadOnlyList<EventRecord> records,
        IReadOnlyList<long> recordIds, IReadOnlySet<int> toFile, IReadOnlyDictionary<int, long> entryOfKept, string who, string at,
        List<(int Index, long Entry, bool Opened)>? filed = null)
    {
        int created = 0, merged = 0, parts = 0;
        // The coder already merged the repeats of one report: two records of the same document are two events, so
        // neither may be filed into an entry the other opened or joined.
        var entriesOfThisDocument = entryOfKept.Values.ToHashSet();
        // Packages are filed before their parts, so a part knows its package's entry (EVENTS.md, "Packages, parts").
        var packages = DocumentParts.Packages(records);
        var entryOf = new long[records.Count];
        foreach (var (index, entry) in entryOfKept) entryOf[index] = entry;
        var fields = records.Select(EntryFields.From).ToList();
        foreach (var i in DocumentParts.FilingOrder(packages))
        {
            if (!toFile.Contains(i)) continue;
            var r = records[i];
            long? package = packages[i] is int p ? entryOf[p] : null;
            var source = new EntrySource(0, document.Doc, document.Title, document.Url, document.Published, r.Evidence, "");
            var (match, rule) = FindMatch(c, tx, fields[i], entriesOfThisDocument, package);
            if (match is { } existing)
            {
                if (package is long whole)
                {
                    // De-duplication keeps the link: the entry stays in the package it is in; one without a package joins this one.
                    if (existing.ParentId is null && !Ancestors(c, tx, whole).Contains(existing.Id))
                    {
                        Relink(c, tx, existing.Id, null, whole, who, at, "attach");
                        rule += $"; part of entry {whole}, as this report says";
                        parts++;
                    }
                    else if (existing.ParentId is long other && other != whole)
                        rule += $"; this report makes it part of entry {whole}, the ledger keeps it in entry {other} (see 'ledger attach')";
                }
                AddSource(c, tx, existing.Id, recordIds[i], source with { Rule = rule! }, at, who, "add-source");
                entriesOfThisDocument.Add(existing.Id);
                entryOf[i] = existing.Id;
                filed?.Add((i, existing.Id, false));
                merged++;
            }
            else
            {
                var id = CreateEntry(c, tx, fields[i], EntryStatus.Candidate, at, who, "create", parentId: package, dataset: Dataset.News);
                var opened = package is long whole ? $"opened the entry, part of entry {whole} as this report says" : "opened the entry";
                AddSource(c, tx, id, recordIds[i], source with { Rule = opened }, at, who, action: null);
                if (package is long parent)
                {
                    NotePart(c, tx, parent, id, who, at, "attach-part");
                    parts++;
                }
                entriesOfThisDocument.Add(id);
                entryOf[i] = id;
                filed?.Add((i, id, true));
                created++;
            }
        }
        return (created, merged, parts);
    }

    /// <summary>
    /// In the document's own transaction: the watch item it came from is done, and (PostgreSQL) its shared-queue row is
    /// finished, so a crash can neither lose the document nor leave it stored but still queued.
    /// </summary>
    private protected virtual void AfterStored(DbConnection c, DbTransaction tx, PendingDocument pending, long? documentId, string at)
    {
        if (pending.WatchItem is long item) c.Execute(WatchSql.ItemStored, new { id = item, at, documentId }, tx);
    }

    /// <summary>Adds entries without sources in one transaction: for benchmarks that need a large ledger quickly.</summary>
    internal int SeedEntries(IEnumerable<EntryFields> entries)
    {
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var at = Now();
        int n = 0;
        foreach (var f in entries)
        {
            c.Execute(LedgerSql.InsertEntry, Columns(f, EntryStatus.Candidate, at), tx);
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
    private static (CandidateRow? Match, string? Rule) FindMatch(DbConnection c, DbTransaction tx, EntryFields fields, IReadOnlySet<long> excluded, long? package)
    {
        var key = DedupKey.Of(fields).Value;
        var (windowFrom, windowTo) = EntryMatcher.Window(fields);
        var range = EntryMatcher.AmountRange(fields);
        var candidates = range is { } r
            ? c.Query<CandidateRow>(LedgerSql.CandidatesWithAmount, new { key, low = r.Low, high = r.High, windowFrom = Iso(windowFrom), windowTo = Iso(windowTo) }, tx)
            : c.Query<CandidateRow>(LedgerSql.CandidatesWithoutAmount, new { key, windowFrom = Iso(windowFrom), windowTo = Iso(windowTo) }, tx);
        foreach (var candidate in candidates.OrderBy(x => x.ParentId == package ? 0 : 1).ThenBy(x => x.Id))
        {
            if (excluded.Contains(candidate.Id)) continue;
            var rule = EntryMatcher.Match(fields, EntryJson.DeserializeFields(candidate.Fields));
            if (rule is not null) return (candidate, $"matched entry {candidate.Id}: {rule}");
        }
        return (null, null);
    }

    private long CreateEntry(DbConnection c, DbTransaction tx, EntryFields fields, string status, string at, string who, string action, long? explicitId = null, long? parentId = null,
        string dataset = Dataset.News)
    {
        var row = new DynamicParameters(Columns(fields, status, at, parentId)).Also("dataset", dataset);
        long id;
        if (explicitId is long given)
        {
            c.Execute(LedgerSql.InsertEntryWithId, row.Also("id", given), tx);
            id = given;
        }
        else id = c.ExecuteScalar<long>(LedgerSql.InsertEntry, row, tx);
        c.Execute(LedgerSql.InsertRevision, new { id, who, at }, tx);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action, entryId = id, before = (string?)null, after = Snapshot(status, fields, null, parentId) }, tx);
        return id;
    }

    private static void AddSource(DbConnection c, DbTransaction tx, long entryId, long? recordId, EntrySource s, string at, string who, string? action)
    {
        var evidence = EntryJson.SerializeEvidence(s.Evidence);
        var sourceId = c.ExecuteScalar<long>(LedgerSql.InsertSource, new
        {
            entryId, recordId, doc = s.Doc, title = s.Title, url = s.Url, published = Iso(s.Published), evidence, rule = s.Rule, at,
        }, tx);
        if (action is null) return;
        var after = System.Text.Json.JsonSerializer.Serialize(new { source = sourceId, doc = s.Doc, rule = s.Rule }, EntryJson.Options);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action, entryId, before = (string?)null, after }, tx);
    }

    /// <summary>The indexed columns derived from the fields: they must change together with them (and the package, on insert).</summary>
    private static object Columns(EntryFields f, string status, string at, long? parentId = null) => new
    {
        status,
        eventType = f.EventType,
        actor = EntryFields.Codes(f.Actor),
        recipient = EntryFields.Codes(f.Recipient),
        key = DedupKey.Of(f).Value,
        currency = f.Commitment?.Amount?.Currency,
        amount = f.Commitment?.Amount is { } m ? (double?)(double)m.Value : null,
        dateFrom = Iso(f.Date.From),
        dateTo = Iso(f.Date.To),
        fields = EntryJson.SerializeFields(f),
        parentId,
        at,
    };

    /// <summary>The audit log's "before"/"after": status, fields, merge target and package as one JSON object.</summary>
    private static string Snapshot(string status, EntryFields fields, long? mergedInto, long? parent) =>
        System.Text.Json.JsonSerializer.Serialize(new { status, fields, merged_into = mergedInto, parent }, EntryJson.Options);
}
