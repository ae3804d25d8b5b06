namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The rows of one document's filing that nothing reads back while the document is being filed: the sources it adds,
/// the first revisions of the entries it opens and its audit rows. They are kept here and written at the end
/// (<see cref="WriteTo"/>) with a few multi-row statements per table instead of one statement per row.
/// <para>
/// Each table gets its rows in the order they were added, and the tables are written sources first (a source's
/// audit row finds the source's id in SQL), so every table ends up with the same rows and the same ids as one
/// statement per row gave. A revision copies its entry as it is when written: write these rows before anything that
/// changes an entry (the part links of <see cref="LedgerStore"/>'s filing do).
/// </para>
/// Rows go out in chunks of 16, 8, 4, 2 and 1 rows, so that only five statement texts per table are ever prepared
/// (a text per row count would be prepared afresh for most documents). Not thread-safe.
/// </summary>
internal sealed class DocumentRows(string who, string at)
{
    private readonly List<SourceRow> _sources = [];

    private readonly List<long> _revisions = [];

    private readonly List<AuditRow> _audits = [];

    public bool IsEmpty => _sources.Count == 0 && _revisions.Count == 0 && _audits.Count == 0;

    /// <summary>A source of <paramref name="entryId"/> (a row of <c>entry_sources</c>).</summary>
    /// <param name="evidenceJson"><see cref="Export.EntryJson.SerializeEvidence"/> of the source's evidence.</param>
    public void AddSource(long entryId, long? recordId, EntrySource source, string evidenceJson) =>
        _sources.Add(new SourceRow(entryId, recordId, source.Doc, source.Title, source.Url, LedgerStore.Iso(source.Published), evidenceJson, source.Rule));

    /// <summary>The revision of an entry as it stands (<see cref="LedgerSql.InsertRevision"/>); entries are given in ascending id order.</summary>
    public void AddRevision(long entryId)
    {
        if (_revisions.Count > 0 && _revisions[^1] >= entryId)
            throw new InvalidOperationException($"revisions are written in entry order: entry {entryId} after entry {_revisions[^1]}");
        _revisions.Add(entryId);
    }

    /// <summary>An audit row whose texts are known now (<see cref="LedgerSql.InsertAudit"/>).</summary>
    public void AddAudit(string action, long entryId, string? before, string? after) =>
        _audits.Add(new AuditRow(action, entryId, before, after, null, null));

    /// <summary>
    /// The audit row of a source added for <paramref name="recordId"/>: its <c>after</c> is <paramref name="head"/>,
    /// the source's id (found by entry and record when written: <see cref="MultiRowSql.Audits"/>) and
    /// <paramref name="tail"/>. The source must be added here too, or be stored already.
    /// </summary>
    public void AddSourceAudit(string action, long entryId, long recordId, string head, string tail) =>
        _audits.Add(new AuditRow(action, entryId, null, head, recordId, tail));

    /// <summary>Defers the rows' statements on <paramref name="w"/> (sources, revisions, audit rows) and forgets them.</summary>
    public void WriteTo(LedgerCommands w)
    {
        MultiRowSql.Defer(w, _sources, MultiRowSql.Sources, (row, i, values) => row.Bind(i, values), shared: [("at", at)]);
        MultiRowSql.Defer(w, _revisions, MultiRowSql.Revisions, (id, i, values) => values.Add((MultiRowSql.Name("id", i), id)), shared: [("who", who), ("at", at)]);
        MultiRowSql.Defer(w, _audits, MultiRowSql.Audits, (row, i, values) => row.Bind(i, values), shared: [("at", at), ("who", who)]);
        _sources.Clear();
        _revisions.Clear();
        _audits.Clear();
    }

    private sealed record SourceRow(long EntryId, long? RecordId, string Doc, string? Title, string? Url, string? Published, string Evidence, string Rule)
    {
        public void Bind(int i, List<(string, object?)> values)
        {
            values.Add((MultiRowSql.Name("entryId", i), EntryId));
            values.Add((MultiRowSql.Name("recordId", i), TypedNull.Of(RecordId)));
            values.Add((MultiRowSql.Name("doc", i), Doc));
            values.Add((MultiRowSql.Name("title", i), TypedNull.Of(Title)));
            values.Add((MultiRowSql.Name("url", i), TypedNull.Of(Url)));
            values.Add((MultiRowSql.Name("published", i), TypedNull.Of(Published)));
            values.Add((MultiRowSql.Name("evidence", i), Evidence));
            values.Add((MultiRowSql.Name("rule", i), Rule));
        }
    }

    /// <param name="RecordId">Set for a source's audit row: <c>after</c> is then <see cref="After"/>, the source's id and <see cref="Tail"/>.</param>
    private sealed record AuditRow(string Action, long EntryId, string? Before, string? After, long? RecordId, string? Tail)
    {
        public void Bind(int i, List<(string, object?)> values)
        {
            values.Add((MultiRowSql.Name("action", i), Action));
            values.Add((MultiRowSql.Name("entryId", i), EntryId));
            values.Add((MultiRowSql.Name("before", i), TypedNull.Of(Before)));
            values.Add((MultiRowSql.Name("after", i), TypedNull.Of(After)));
            values.Add((MultiRowSql.Name("recordId", i), TypedNull.Of(RecordId)));
            values.Add((MultiRowSql.Name("tail", i), TypedNull.Of(Tail)));
        }
    }
}
