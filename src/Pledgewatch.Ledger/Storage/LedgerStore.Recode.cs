using System.Data.Common;
using System.Text.Json;
using Dapper;
using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Recoding;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Re-coding stored documents (<c>pledgewatch recode</c>, <c>pledgewatch document set</c>): the records the current
/// coder makes of a document replace the stored ones without losing review work. See <see cref="Recode"/>.
/// </summary>
public abstract partial class LedgerStore
{
    /// <summary>Every stored document's id, in the order they were stored.</summary>
    public IReadOnlyList<long> DocumentIds()
    {
        using var c = OpenConnection();
        return [.. c.Query<long>(RecodeSql.DocumentIds)];
    }

    /// <summary>The ids of the documents with this <c>doc</c> name (usually one).</summary>
    public IReadOnlyList<long> DocumentIdsByName(string doc)
    {
        using var c = OpenConnection();
        return [.. c.Query<long>(RecodeSql.DocumentIdsByDoc, new { doc })];
    }

    public RecodeDocumentRow? DocumentForRecode(long id)
    {
        using var c = OpenConnection();
        return c.QuerySingleOrDefault<RecodeDocumentRow>(RecodeSql.SelectDocument, new { id });
    }

    /// <summary>
    /// Replaces the records of document <paramref name="documentId"/> by <paramref name="records"/> (the current
    /// coder's, made with <paramref name="facts"/>), in one transaction, pairing them as <see cref="RecordPairing"/>
    /// says:
    /// <list type="bullet">
    /// <item>a record that comes out the same keeps its entry, its review status and its source;</item>
    /// <item>a changed record updates its source; its entry, when the record is its only live source, gets a revision
    /// with the new fields (a person's edit is kept instead) and goes back to candidate, audited as <c>recode</c>; an
    /// entry it shares with other reports keeps it while the fields still match, else it is taken out into a new
    /// candidate; nothing happens when the entry already says what the record now says;</item>
    /// <item>a new record is filed as at ingest (a new candidate, or a further source of a matching entry);</item>
    /// <item>a record that vanished is retired (kept, with its evidence), and an entry left without any live source is
    /// marked <see cref="EntryStatus.Orphaned"/> (a rejected one stays rejected); nothing is deleted.</item>
    /// </list>
    /// A change of the document's date or country is written and audited as <c>document-metadata</c>.
    /// </summary>
    /// <param name="dryRun">Do all of it, report it, and roll it back: the report is exactly what a real run would do.</param>
    public RecodeOutcome Recode(long documentId, DocumentFacts facts, IReadOnlyList<EventRecord> records, string coderVersion, string who, bool dryRun)
    {
        var encoded = records.Select(EncodedRecord.Of).ToList();
        var fields = encoded.Select(r => r.Fields).ToList();
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        using var commands = new LedgerCommands(c, tx);
        LockKeys(c, tx, encoded.Select(r => r.LockId));
        var at = Now();
        var doc = c.QuerySingleOrDefault<RecodeDocumentRow>(RecodeSql.SelectDocument, new { id = documentId }, tx)
            ?? throw new ArgumentException($"no document {documentId}", nameof(documentId));
        var changes = new List<RecodeChange>();
        var metadata = UpdateFacts(c, tx, doc, facts, coderVersion, who, at);

        var stored = c.Query<StoredRecordRow>(RecodeSql.LiveRecords, new { id = documentId }, tx).ToList();
        var (pairs, vanished) = RecordPairing.Pair(
            [.. stored.Select(s => (FieldsOfRecordJson(s.Json), (int)s.EvidenceStart, (int)s.EvidenceEnd))],
            [.. records.Select((r, i) => (fields[i], r.Evidence.Start, r.Evidence.End))]);

        // Retired first, so a changed record's entry counts only the sources that still stand.
        foreach (var j in vanished) c.Execute(RecodeSql.RetireRecord, new { id = stored[j].Id, at }, tx);

        var recordIds = new long[records.Count];
        var entryOfKept = new Dictionary<int, long>();
        var toFile = new HashSet<int>();
        int same = 0, changed = 0, nextOrdinal = c.ExecuteScalar<int>(RecodeSql.NextOrdinal, new { id = documentId }, tx);
        for (int i = 0; i < records.Count; i++)
        {
            var (index, fate) = pairs[i];
            var json = encoded[i].RecordJson;
            if (index is not int j)
            {
                recordIds[i] = InsertRecord(commands, documentId, nextOrdinal++, encoded[i], coderVersion);
                toFile.Add(i);
                continue;
            }
            var old = stored[j];
            recordIds[i] = old.Id;
            if (fate == RecordFate.Same)
            {
                c.Execute(RecodeSql.KeepRecord, new { id = old.Id, json, coderVersion }, tx);
                if (old.EntryId is long kept) entryOfKept[i] = kept;
                same++;
                continue;
            }
            var r = records[i];
            c.Execute(RecodeSql.ChangeRecord, new { id = old.Id, json, eventType = r.EventType, sentence = r.Evidence.Sentence, start = r.Evidence.Start, end = r.Evidence.End, coderVersion }, tx);
            c.Execute(RecodeSql.ChangeSourceEvidence, new { id = old.Id, evidence = EntryJson.SerializeEvidence(r.Evidence) }, tx);
            changed++;
            if (old.EntryId is long entry && old.SourceId is long source)
                entryOfKept[i] = ReviseForRecord(c, tx, entry, source, FieldsOfRecordJson(old.Json), fields[i], coderVersion, who, at, changes);
        }

        var filed = new List<(int Index, long Entry, bool Opened)>();
        var document = new StoredDocument(doc.Doc, "", doc.Title, doc.Url, null, null, facts.Country, facts.Published);
        var candidates = QueueCandidates(commands, encoded, toFile);
        commands.Flush();
        FileRecords(commands, document, encoded, recordIds, candidates, toFile, entryOfKept, who, at, filed);
        commands.Flush(); // what follows runs through Dapper, outside the deferred statements
        foreach (var (i, entry, opened) in filed)
            changes.Add(new RecodeChange(RecordFate.New, entry, opened
                ? $"new record ({records[i].EventType} {EntryFields.Codes(fields[i].Actor)} → {EntryFields.Codes(fields[i].Recipient)}): new candidate"
                : $"new record ({records[i].EventType} {EntryFields.Codes(fields[i].Actor)} → {EntryFields.Codes(fields[i].Recipient)}): a further source of this entry"));

        foreach (var j in vanished)
        {
            var old = stored[j];
            if (old.EntryId is not long entry) continue;
            var evidence = JsonSerializer.Deserialize<JsonElement>(old.Json).TryGetProperty("evidence", out var e) && e.TryGetProperty("text", out var t) ? t.GetString() : null;
            c.Execute(LedgerSql.InsertAudit, new { at, who, action = "retire-source", entryId = entry, before = JsonSerializer.Serialize(new { record = old.Id, coder = coderVersion }, EntryJson.Options), after = (string?)null }, tx);
            changes.Add(new RecodeChange(RecordFate.Vanished, entry, $"record no longer made: \"{Cut(evidence)}\""));
        }
        foreach (var entry in vanished.Select(j => stored[j].EntryId).OfType<long>().Distinct())
            if (Orphan(c, tx, entry, coderVersion, who, at)) changes.Add(new RecodeChange(RecordFate.Vanished, entry, "orphaned: no live record supports it any more (kept for review)"));

        if (!dryRun) tx.Commit();
        return new RecodeOutcome(documentId, doc.Doc, same, changed, toFile.Count, vanished.Count, changes, metadata);
    }

    /// <summary>Writes the document's facts and coder version; returns the change of date or country in words, null when neither changed.</summary>
    private static string? UpdateFacts(DbConnection c, DbTransaction tx, RecodeDocumentRow doc, DocumentFacts facts, string coderVersion, string who, string at)
    {
        var published = Iso(facts.Published);
        c.Execute(RecodeSql.UpdateDocument, new
        {
            id = doc.Id, published, publishedFrom = facts.PublishedFrom, country = facts.Country, countryFrom = facts.CountryFrom, coderVersion,
        }, tx);
        if (published == doc.Published && facts.Country == doc.Country) return null;
        c.Execute(RecodeSql.UpdateSourceDates, new { id = doc.Id, published }, tx);
        var before = JsonSerializer.Serialize(new { document = doc.Id, doc = doc.Doc, published = doc.Published, published_from = doc.PublishedFrom, country = doc.Country, country_from = doc.CountryFrom }, EntryJson.Options);
        var after = JsonSerializer.Serialize(new { document = doc.Id, doc = doc.Doc, published, published_from = facts.PublishedFrom, country = facts.Country, country_from = facts.CountryFrom }, EntryJson.Options);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "document-metadata", entryId = (long?)null, before, after }, tx);
        var said = new List<string>();
        if (published != doc.Published) said.Add($"published {doc.Published ?? "none"} → {published ?? "none"} (from {MetadataBasis.Describe(facts.PublishedFrom)})");
        if (facts.Country != doc.Country) said.Add($"country {doc.Country ?? "none"} → {facts.Country ?? "none"} (from {MetadataBasis.Describe(facts.CountryFrom)})");
        return string.Join("; ", said);
    }

    /// <summary>What a changed record does to its entry (see <see cref="Recode"/>); returns the entry the record is in afterwards.</summary>
    private long ReviseForRecord(DbConnection c, DbTransaction tx, long entryId, long sourceId, EntryFields before, EntryFields after, string coderVersion, string who, string at,
        List<RecodeChange> changes)
    {
        var row = c.QuerySingle<EntryRow>(LedgerSql.SelectEntry, new { id = entryId }, tx);
        var current = EntryJson.DeserializeFields(row.Fields);
        var what = FieldDiff.Describe(before, after);
        if (EntryJson.SerializeFields(current) == EntryJson.SerializeFields(after))
        {
            changes.Add(new RecodeChange(RecordFate.Changed, entryId, $"record changed ({what}); the entry says this already: kept as {row.Status}"));
            return entryId;
        }
        if (c.ExecuteScalar<long>(RecodeSql.OtherLiveSources, new { id = entryId, sourceId }, tx) > 0)
        {
            if (EntryMatcher.Match(after, current) is not null)
            {
                changes.Add(new RecodeChange(RecordFate.Changed, entryId, $"record changed ({what}); it still matches the entry it shares with other reports: kept as {row.Status}"));
                return entryId;
            }
            var split = CreateEntry(c, tx, after, EntryStatus.Candidate, at, who, "recode", dataset: row.Dataset);
            c.Execute(LedgerSql.MoveSource, new { id = sourceId, entryId = split, rule = $"taken out of entry {entryId} by a recode (coder {coderVersion}): the record no longer matches it" }, tx);
            var note = JsonSerializer.Serialize(new { source = sourceId, from = entryId, to = split, coder = coderVersion }, EntryJson.Options);
            c.Execute(LedgerSql.InsertAudit, new { at, who, action = "split-source", entryId, before = note, after = (string?)null }, tx);
            changes.Add(new RecodeChange(RecordFate.Changed, split, $"record changed ({what}) and no longer matches entry {entryId}, which other reports support: a new candidate"));
            return split;
        }
        bool edited = c.ExecuteScalar<long>(RecodeSql.EditedByPerson, new { id = entryId }, tx) > 0;
        var fields = edited ? current : after;
        c.Execute(LedgerSql.UpdateEntry, new DynamicParameters(Columns(fields, EntryStatus.Candidate, at)).Also("id", entryId).Also("mergedInto", null), tx);
        c.Execute(LedgerSql.InsertRevision, new { id = entryId, who, at }, tx);
        var recorded = JsonSerializer.Serialize(new { status = EntryStatus.Candidate, fields, merged_into = (long?)null, parent = row.ParentId, coder = coderVersion, record = after }, EntryJson.Options);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "recode", entryId, before = Snapshot(row.Status, current, null, row.ParentId), after = recorded }, tx);
        var status = row.Status == EntryStatus.Candidate ? "still a candidate" : $"{row.Status} → candidate";
        changes.Add(new RecodeChange(RecordFate.Changed, entryId, edited
            ? $"revised for review: the record now reads {what}; the fields a person edited are kept; {status}"
            : $"revised: {what}; {status}"));
        return entryId;
    }

    /// <summary>Marks an entry orphaned when no source stands any more; a merged, rejected or orphaned entry is left as it is.</summary>
    private bool Orphan(DbConnection c, DbTransaction tx, long entryId, string coderVersion, string who, string at)
    {
        var row = c.QuerySingle<EntryRow>(LedgerSql.SelectEntry, new { id = entryId }, tx);
        if (row.MergedInto is not null || row.Status is EntryStatus.Rejected or EntryStatus.Orphaned) return false;
        if (c.ExecuteScalar<long>(RecodeSql.LiveSources, new { id = entryId }, tx) > 0) return false;
        var fields = EntryJson.DeserializeFields(row.Fields);
        c.Execute(LedgerSql.UpdateEntry, new DynamicParameters(Columns(fields, EntryStatus.Orphaned, at)).Also("id", entryId).Also("mergedInto", null), tx);
        c.Execute(LedgerSql.InsertRevision, new { id = entryId, who, at }, tx);
        var after = JsonSerializer.Serialize(new { status = EntryStatus.Orphaned, fields, merged_into = (long?)null, parent = row.ParentId, coder = coderVersion }, EntryJson.Options);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "orphan", entryId, before = Snapshot(row.Status, fields, null, row.ParentId), after }, tx);
        return true;
    }

    private static string Cut(string? text) => text is null ? "" : text.Length <= 80 ? text : text[..79] + "…";
}
