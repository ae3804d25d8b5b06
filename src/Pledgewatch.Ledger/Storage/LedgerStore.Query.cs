using Dapper;

namespace Pledgewatch.Ledger.Storage;

/// <summary>The reads of the web app: filtered, sorted, paged lists and totals, each one statement on the indexes where it can.</summary>
public abstract partial class LedgerStore
{
    public Page<ListedEntry> QueryEntries(EntryQuery q)
    {
        var (where, p) = EntryWhere.Of(q);
        using var c = OpenConnection();
        var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM entries {where}", p);
        p.Add("limit", Math.Clamp(q.Limit, 0, EntryQuery.MaxLimit));
        p.Add("offset", Math.Max(0, q.Offset));
        var rows = c.Query<ListedRow>(
            $"SELECT {LedgerSql.EntryColumns}, created_at AS createdAt, updated_at AS updatedAt FROM entries {where} {EntryWhere.OrderBy(q.Sort)} LIMIT @limit OFFSET @offset",
            p).ToList();
        var entries = WithSources(c, rows, null);
        return new Page<ListedEntry>(entries.Select((e, i) => new ListedEntry(e, rows[i].CreatedAt, rows[i].UpdatedAt)).ToList(), total);
    }

    /// <summary>Counts and raw amount sums of the entries <paramref name="q"/> selects (its sort and page are ignored), largest count first.</summary>
    public IReadOnlyList<GroupTotal> Totals(EntryQuery q, EntryGroup by)
    {
        var key = by switch
        {
            EntryGroup.Type => "event_type",
            EntryGroup.Status => "status",
            EntryGroup.Actor => "actor",
            EntryGroup.Recipient => "recipient",
            EntryGroup.Currency => "COALESCE(currency, '-')",
            EntryGroup.Month => "substr(date_from, 1, 7)",
            _ => "actor || '|' || COALESCE(currency, '-')",
        };
        var (where, p) = EntryWhere.Of(q);
        using var c = OpenConnection();
        return c.Query<GroupTotal>($"SELECT {key} AS key, COUNT(*) AS count, SUM(amount) AS amount FROM entries {where} GROUP BY {key} ORDER BY count DESC, key", p).ToList();
    }

    /// <param name="unsure">Only documents whose date is a guess or that have no outlet country (<see cref="DocumentSummary.Unsure"/>).</param>
    public Page<DocumentSummary> QueryDocuments(string? text, int offset, int limit, bool newestFirst = true, bool unsure = false)
    {
        using var c = OpenConnection();
        var conditions = new List<string>();
        if (text is not null) conditions.Add("(LOWER(d.doc) LIKE @text OR LOWER(COALESCE(d.title, '')) LIKE @text)");
        if (unsure) conditions.Add($"(d.published_from IN ('{MetadataBasis.File}', '{MetadataBasis.Ingest}') OR d.country IS NULL)");
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var p = new { text = text is null ? null : $"%{text.ToLowerInvariant()}%", limit = Math.Clamp(limit, 0, EntryQuery.MaxLimit), offset = Math.Max(0, offset) };
        var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM documents d {where}", p);
        var items = c.Query<DocumentSummary>($"""
            SELECT {DocumentColumns}
            FROM documents d {where} ORDER BY d.id {(newestFirst ? "DESC" : "ASC")} LIMIT @limit OFFSET @offset
            """, p).ToList();
        return new Page<DocumentSummary>(items, total);
    }

    /// <summary>The columns of a <see cref="DocumentSummary"/> (documents as <c>d</c>); live records only.</summary>
    private const string DocumentColumns = """
        d.id, d.doc, d.title, d.url, d.country, d.published, d.ingested_at AS ingestedAt,
               (SELECT COUNT(*) FROM records r WHERE r.document_id = d.id AND r.retired_at IS NULL) AS records,
               d.published_from AS publishedFrom, d.country_from AS countryFrom, d.coder_version AS coderVersion
        """;

    /// <summary>A stored document and its text; null when there is none with this id.</summary>
    public (DocumentSummary Summary, string Text)? GetDocument(long id)
    {
        using var c = OpenConnection();
        var summary = c.QuerySingleOrDefault<DocumentSummary>($"SELECT {DocumentColumns} FROM documents d WHERE d.id = @id", new { id });
        if (summary is null) return null;
        return (summary, c.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @id", new { id })!);
    }

    /// <summary>Coded records (EVENTS.md JSON) the current coding of each document made, newest document first, with the entry each one is filed under.</summary>
    public Page<RecordSummary> QueryRecords(string? type, long? documentId, int offset, int limit)
    {
        using var c = OpenConnection();
        var where = "WHERE r.retired_at IS NULL AND (@type IS NULL OR r.event_type = @type) AND (@documentId IS NULL OR r.document_id = @documentId)";
        var p = new { type, documentId, limit = Math.Clamp(limit, 0, EntryQuery.MaxLimit), offset = Math.Max(0, offset) };
        var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM records r {where}", p);
        var items = c.Query<RecordSummary>($"""
            SELECT r.id, r.document_id AS documentId, d.doc, r.ordinal, r.event_type AS eventType, r.json,
                   (SELECT MIN(s.entry_id) FROM entry_sources s WHERE s.record_id = r.id) AS entryId
            FROM records r JOIN documents d ON d.id = r.document_id {where}
            ORDER BY r.document_id DESC, r.ordinal LIMIT @limit OFFSET @offset
            """, p).ToList();
        return new Page<RecordSummary>(items, total);
    }

    /// <summary>The coded entries that are the same commitment as imported entry <paramref name="id"/> (<see cref="LedgerEntry.SameAs"/>), in id order.</summary>
    public IReadOnlyList<long> SameCommitments(long id)
    {
        using var c = OpenConnection();
        return [.. c.Query<long>("SELECT id FROM entries WHERE same_as = @id ORDER BY id", new { id })];
    }

    /// <summary>The id of the stored document with this content hash (<see cref="StoredDocument.ContentHash"/>), or null.</summary>
    public long? DocumentIdByHash(string contentHash)
    {
        using var c = OpenConnection();
        return c.ExecuteScalar<long?>("SELECT id FROM documents WHERE content_hash = @hash", new { hash = contentHash });
    }

    /// <summary>The latest audit rows, newest first (the review page's activity list).</summary>
    public IReadOnlyList<AuditRecord> RecentAudit(int limit)
    {
        using var c = OpenConnection();
        return c.Query<AuditRecord>("SELECT id, at, who, action, entry_id AS entryId, before, after FROM audit_log ORDER BY id DESC LIMIT @limit", new { limit }).ToList();
    }

    /// <summary>A number that changes whenever the ledger does (the newest audit row): a cache key for totals.</summary>
    public long ChangeMark()
    {
        using var c = OpenConnection();
        return c.ExecuteScalar<long?>("SELECT MAX(id) FROM audit_log") ?? 0;
    }

    /// <summary>An entries row with its timestamps.</summary>
    private sealed class ListedRow : EntryRow
    {
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
    }
}
