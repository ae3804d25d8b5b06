using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Multi-row forms of the writer's inserts (<see cref="DocumentRows"/>, the records of a document): the same
/// statements as <see cref="LedgerSql"/>'s one-row ones, for <c>n</c> rows whose parameters are numbered from 0
/// (<c>@entryId0</c>, <c>@entryId1</c>, …), with the values every row shares named once. Both databases run them as
/// written. Texts are made once per row count and kept.
/// </summary>
internal static class MultiRowSql
{
    private static readonly ConcurrentDictionary<(string Table, int Rows), string> Texts = new();

    /// <summary>
    /// The row counts statements are made for, largest first: any number of rows goes out in a few statements, and only
    /// five texts per table are ever prepared (a text per row count would be prepared afresh for most documents).
    /// </summary>
    public static readonly int[] ChunkSizes = [16, 8, 4, 2, 1];

    /// <summary>
    /// Each column's parameter names for the rows of a chunk (<c>eventType0</c> … <c>eventType15</c>): made once, not
    /// for each value of each row (some 160 strings a document, all garbage at once).
    /// </summary>
    private static readonly ConcurrentDictionary<string, string[]> Names = new(StringComparer.Ordinal);

    /// <summary>The name of row <paramref name="row"/>'s parameter <paramref name="column"/>.</summary>
    public static string Name(string column, int row)
    {
        if (row < 0 || row >= ChunkSizes[0]) return column + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Names.GetOrAdd(column, static c => [.. Enumerable.Range(0, ChunkSizes[0]).Select(i => c + i.ToString(System.Globalization.CultureInfo.InvariantCulture))])[row];
    }

    /// <summary>Sources of entries (<c>entry_sources</c>), <paramref name="rows"/> rows, without their ids back.</summary>
    public static string Sources(int rows) => Texts.GetOrAdd(("sources", rows), static key => Values(
        "INSERT INTO entry_sources (entry_id, record_id, doc, title, url, published, evidence, rule, added_at) VALUES ",
        "(@entryId{0}, @recordId{0}, @doc{0}, @title{0}, @url{0}, @published{0}, @evidence{0}, @rule{0}, @at)", key.Rows, ""));

    /// <summary>
    /// <see cref="LedgerSql.InsertRevision"/> for <paramref name="rows"/> entries, in ascending id order (the order
    /// the one-row statements, run one after the other for entries opened one after the other, gave).
    /// </summary>
    public static string Revisions(int rows) => Texts.GetOrAdd(("revisions", rows), static key =>
    {
        var ids = string.Join(", ", Enumerable.Range(0, key.Rows).Select(i => "@" + Name("id", i)));
        return $"""
            INSERT INTO revisions (entry_id, revision, status, fields, merged_into, parent_id, author, at)
            SELECT id, revision, status, fields, merged_into, parent_id, @who, @at FROM entries WHERE id IN ({ids}) ORDER BY id
            """;
    });

    /// <summary>
    /// <see cref="LedgerSql.InsertAudit"/> for <paramref name="rows"/> rows. A row with a record is a source's audit row,
    /// sent with the source's insert before its id is known: its <c>after</c> is <c>@after</c>, the id of the entry's
    /// newest source for that record and <c>@tail</c>. That source is found at once, read backwards on
    /// <c>entry_sources_by_entry</c>, however many sources the entry has (a filter on the record alone would read them
    /// all, for every new source of a much-reported entry).
    /// </summary>
    public static string Audits(int rows) => Texts.GetOrAdd(("audits", rows), static key => Values(
        "INSERT INTO audit_log (at, who, action, entry_id, before, after) VALUES ",
        "(@at, @who, @action{0}, @entryId{0}, @before{0}, CASE WHEN CAST(@recordId{0} AS BIGINT) IS NULL THEN @after{0} ELSE @after{0} || " +
        "(SELECT id FROM entry_sources WHERE entry_id = @entryId{0} AND record_id = @recordId{0} ORDER BY id DESC LIMIT 1) || @tail{0} END)",
        key.Rows, ""));

    /// <summary>
    /// <see cref="LedgerSql.InsertRecord"/> for <paramref name="rows"/> records of one document; each row's id comes
    /// back with its ordinal (the order of a <c>RETURNING</c> is not promised).
    /// </summary>
    public static string Records(int rows) => Texts.GetOrAdd(("records", rows), static key => Values(
        "INSERT INTO records (document_id, ordinal, event_type, sentence, evidence_start, evidence_end, json, coder_version) VALUES ",
        "(@documentId, @ordinal{0}, @eventType{0}, @sentence{0}, @start{0}, @end{0}, @json{0}, @coderVersion)", key.Rows, " RETURNING id, ordinal"));

    /// <summary>
    /// <see cref="LedgerSql.InsertEntry"/> for <paramref name="rows"/> entries that share their status, dataset and time
    /// (those one document's filing opens). The ids come back in no promised order, but both databases give them in
    /// the order of the rows (SQLite's rowids and PostgreSQL's identity are assigned row after row), so the smallest id
    /// is the first row's.
    /// </summary>
    public static string Entries(int rows) => Texts.GetOrAdd(("entries", rows), static key => Values(
        "INSERT INTO entries (status, event_type, actor, recipient, dedup_key, currency, amount, date_from, date_to, fields, parent_id, dataset, revision, created_at, updated_at) VALUES ",
        "(@status, @eventType{0}, @actor{0}, @recipient{0}, @key{0}, @currency{0}, @amount{0}, @dateFrom{0}, @dateTo{0}, @fields{0}, @parentId{0}, @dataset, 1, @at, @at)",
        key.Rows, " RETURNING id"));

    /// <summary>
    /// Defers <paramref name="rows"/> in chunks of <see cref="ChunkSizes"/> rows, one statement each (<paramref name="sqlFor"/>
    /// the chunk's size); each statement binds the <paramref name="shared"/> values, then each row's (<paramref name="bind"/>,
    /// with the row's number within the chunk, from 0), the order its text names them in.
    /// </summary>
    /// <param name="read">Reads each statement's rows (see <see cref="LedgerCommands.Defer"/>); null for statements that return none.</param>
    public static void Defer<T>(LedgerCommands w, IReadOnlyList<T> rows, Func<int, string> sqlFor, Action<T, int, List<(string, object?)>> bind,
        ReadOnlySpan<(string Name, object? Value)> shared, Action<DbDataReader>? read = null)
    {
        int start = 0;
        foreach (var size in ChunkSizes)
        {
            for (; rows.Count - start >= size; start += size)
            {
                var values = new List<(string, object?)>(shared.Length + size * 10);
                foreach (var value in shared) values.Add(value);
                for (int i = 0; i < size; i++) bind(rows[start + i], i, values);
                w.Defer(sqlFor(size), read, [.. values]);
            }
        }
    }

    /// <summary><paramref name="head"/>, then <paramref name="row"/> with <c>{0}</c> replaced by 0 … n − 1, comma-separated, then <paramref name="tail"/>.</summary>
    private static string Values(string head, string row, int rows, string tail)
    {
        if (rows < 1) throw new ArgumentOutOfRangeException(nameof(rows), rows, "a multi-row insert needs at least one row");
        var sql = new StringBuilder(head);
        for (int i = 0; i < rows; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(row.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        return sql.Append(tail).ToString();
    }
}
