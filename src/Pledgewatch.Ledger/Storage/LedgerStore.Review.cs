using System.Data.Common;
using Dapper;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

public abstract partial class LedgerStore
{
    public LedgerEntry? GetEntry(long id)
    {
        using var c = OpenConnection();
        var row = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id });
        return row is null ? null : WithSources(c, [row], null)[0];
    }

    /// <summary>The text of the document a source came from, or null for imported sources (their documents are not stored).</summary>
    public string? SourceDocumentText(long sourceId)
    {
        using var c = OpenConnection();
        var source = c.QuerySingleOrDefault<SourceRow>(LedgerSql.SelectSource, new { id = sourceId });
        return source?.RecordId is long recordId ? c.ExecuteScalar<string?>(LedgerSql.SelectRecordDocument, new { id = recordId }) : null;
    }

    public ReviewResult SetStatus(long id, string status, string who)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        if (!EntryStatus.IsReviewStatus(status))
            return ReviewResult.Fail(status == EntryStatus.Orphaned
                ? "'orphaned' is set by 'pledgewatch recode' only; accept or reject the entry"
                : $"'{status}' is not a status (candidate, accepted, rejected)");
        return Change(id, who, status, (_, fields, _) => (status, fields));
    }

    /// <summary>Replaces the fields of an entry (the editor builds them); the indexed columns follow.</summary>
    public ReviewResult Edit(long id, string who, Func<EntryFields, EntryFields> edit) =>
        Change(id, who, "edit", (status, fields, _) => (status, edit(fields)));

    /// <summary>
    /// Takes one source out of an entry into a new entry of its own (fields from the source's record when it has one),
    /// undoing a wrong match or merge. Refused when it is the entry's only source.
    /// </summary>
    public ReviewResult Split(long entryId, long sourceId, string who)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var entry = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = entryId }, tx);
        if (entry is null) return ReviewResult.Fail($"no entry {entryId}");
        var source = c.QuerySingleOrDefault<SourceRow>(LedgerSql.SelectSource, new { id = sourceId }, tx);
        if (source is null || source.EntryId != entryId) return ReviewResult.Fail($"entry {entryId} has no source {sourceId} (see 'pledgewatch ledger show {entryId}')");
        var count = c.Query<SourceRow>(SelectSources, new { ids = new[] { entryId } }, tx).Count();
        if (count < 2) return ReviewResult.Fail($"source {sourceId} is the only source of entry {entryId}: nothing to split");

        var at = Now();
        var fields = source.RecordId is long recordId && c.ExecuteScalar<string?>(LedgerSql.SelectRecordJson, new { id = recordId }, tx) is { } json
            ? FieldsOfRecordJson(json)
            : EntryJson.DeserializeFields(entry.Fields);
        var newId = CreateEntry(c, tx, fields, EntryStatus.Candidate, at, who, "split");
        c.Execute(LedgerSql.MoveSource, new { id = sourceId, entryId = newId, rule = $"split from entry {entryId} by {who}" }, tx);
        var note = System.Text.Json.JsonSerializer.Serialize(new { source = sourceId, from = entryId, to = newId }, EntryJson.Options);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "split-source", entryId, before = note, after = (string?)null }, tx);
        tx.Commit();
        return ReviewResult.Ok(newId);
    }

    /// <summary>
    /// Folds entry <paramref name="from"/> into <paramref name="into"/>: its sources move, it is marked merged (kept, with
    /// its history). Entries of different category families are refused unless <paramref name="force"/> is set
    /// (<see cref="MergeCheck"/>); a forced merge says so in the audit log.
    /// </summary>
    public ReviewResult Merge(long into, long from, string who, bool force = false)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        if (into == from) return ReviewResult.Fail("an entry cannot be merged into itself");
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var target = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = into }, tx);
        var merged = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = from }, tx);
        if (target is null || merged is null) return ReviewResult.Fail($"no entry {(target is null ? into : from)}");
        if (target.MergedInto is not null || merged.MergedInto is not null)
            return ReviewResult.Fail($"entry {(target.MergedInto is not null ? into : from)} was merged already; merge into entry {(target.MergedInto ?? merged.MergedInto)}");
        if (Ancestors(c, tx, into).Contains(from) || Ancestors(c, tx, from).Contains(into))
            return ReviewResult.Fail($"entries {into} and {from} are a package and one of its parts; detach the part first ('pledgewatch ledger detach')");
        var across = MergeCheck.AcrossFamilies(into, EntryJson.DeserializeFields(target.Fields), from, EntryJson.DeserializeFields(merged.Fields));
        if (across is not null && !force) return ReviewResult.Fail(across);
        var at = Now();
        c.Execute(LedgerSql.MoveSources, new { from, to = into, note = $"; merged from entry {from} by {who}" }, tx);
        // The links follow the sources: the parts of the merged entry become parts of the one it is merged into, and
        // that one takes the merged entry's package when it has none of its own.
        foreach (var part in c.Query<long>(LedgerSql.SelectPartIds, new { id = from }, tx).ToList())
            Relink(c, tx, part, from, into, who, at, "attach");
        if (merged.ParentId is long package && target.ParentId is null && !Ancestors(c, tx, package).Contains(into) && package != into) Relink(c, tx, into, null, package, who, at, "attach");
        var fields = EntryJson.DeserializeFields(merged.Fields);
        var before = Snapshot(merged.Status, fields, null, merged.ParentId);
        c.Execute(LedgerSql.UpdateEntry, new DynamicParameters(Columns(fields, merged.Status, at)).Also("id", from).Also("mergedInto", into), tx);
        c.Execute(LedgerSql.InsertRevision, new { id = from, who, at }, tx);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "merge", entryId = from, before, after = Snapshot(merged.Status, fields, into, merged.ParentId) }, tx);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "merge-into", entryId = into, before = (string?)null, after = across is null ? $"{{\"merged\":{from}}}" : $"{{\"merged\":{from},\"forced\":true}}" }, tx);
        tx.Commit();
        return ReviewResult.Ok(into);
    }

    public (IReadOnlyList<Revision> Revisions, IReadOnlyList<AuditRecord> Audit) History(long id)
    {
        using var c = OpenConnection();
        return (c.Query<Revision>(LedgerSql.SelectRevisions, new { id }).ToList(), c.Query<AuditRecord>(LedgerSql.SelectAudit, new { id }).ToList());
    }

    /// <summary>One change of status or fields: a new revision and an audit row with before and after, in one transaction.</summary>
    private ReviewResult Change(long id, string who, string action, Func<string, EntryFields, long?, (string Status, EntryFields Fields)> change)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var row = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id }, tx);
        if (row is null) return ReviewResult.Fail($"no entry {id}");
        if (row.MergedInto is long target) return ReviewResult.Fail($"entry {id} was merged into entry {target}; change that one");
        var fields = EntryJson.DeserializeFields(row.Fields);
        var (status, newFields) = change(row.Status, fields, row.MergedInto);
        var at = Now();
        c.Execute(LedgerSql.UpdateEntry, new DynamicParameters(Columns(newFields, status, at)).Also("id", id).Also("mergedInto", null), tx);
        c.Execute(LedgerSql.InsertRevision, new { id, who, at }, tx);
        c.Execute(LedgerSql.InsertAudit, new { at, who, action, entryId = id, before = Snapshot(row.Status, fields, null, row.ParentId), after = Snapshot(status, newFields, null, row.ParentId) }, tx);
        tx.Commit();
        return ReviewResult.Ok(id);
    }

    private static EntryFields FieldsOfRecordJson(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var name in (string[])["doc", "evidence", "confidence"]) node.Remove(name);
        return System.Text.Json.JsonSerializer.Deserialize<EntryFields>(node, EntryJson.Options)!;
    }

    /// <summary>Entries of the rows, with their sources and their parts (two statements for the whole list).</summary>
    private List<LedgerEntry> WithSources(DbConnection c, IReadOnlyList<EntryRow> rows, DbTransaction? tx)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var sources = c.Query<SourceRow>(SelectSources, new { ids }, tx).ToLookup(s => s.EntryId);
        var parts = c.Query<PartRow>(SelectParts, new { ids }, tx).ToLookup(p => p.ParentId);
        return rows.Select(r => new LedgerEntry(
            r.Id, r.Status, EntryJson.DeserializeFields(r.Fields),
            sources[r.Id].Select(s => new EntrySource(s.Id, s.Doc, s.Title, s.Url, ParseDay(s.Published), EntryJson.DeserializeEvidence(s.Evidence), s.Rule) { RetiredAt = s.RetiredAt }).ToList(),
            r.MergedInto, (int)r.Revision)
        {
            Parent = r.ParentId, Parts = [.. parts[r.Id].Select(p => p.Id)], Dataset = r.Dataset, AmountEur = r.AmountEur, SameAs = r.SameAs,
        }).ToList();
    }
}
