namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The statements both databases run as written (Dapper parameters, <c>RETURNING</c>, <c>ON CONFLICT</c>). What only
/// one of them understands is in <see cref="Sqlite.SqliteSql"/> or <see cref="Postgres.PostgresSql"/>.
/// </summary>
internal static class LedgerSql
{
    public const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    public const string RecordVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";

    /// <summary>Returns no row when a document with the same content hash is stored already (idempotent ingest).</summary>
    public const string InsertDocument = """
        INSERT INTO documents (doc, title, url, source, outlet, country, published, content_hash, text, ingested_at, published_from, country_from, coder_version)
        VALUES (@doc, @title, @url, @source, @outlet, @country, @published, @hash, @text, @at, @publishedFrom, @countryFrom, @coderVersion)
        ON CONFLICT (content_hash) DO NOTHING RETURNING id
        """;

    public const string DocumentExists = "SELECT COUNT(*) FROM documents WHERE content_hash = @hash";

    public const string InsertRecord = """
        INSERT INTO records (document_id, ordinal, event_type, sentence, evidence_start, evidence_end, json, coder_version)
        VALUES (@documentId, @ordinal, @eventType, @sentence, @start, @end, @json, @coderVersion) RETURNING id
        """;

    /// <summary>
    /// Candidates for de-duplication: one key, a date window, an amount band (or no amount), in the news dataset only
    /// (imports are never matched against coded reports). Uses the key indexes.
    /// </summary>
    public const string CandidatesWithAmount = """
        SELECT id, parent_id AS parentId, fields FROM entries
        WHERE dedup_key = @key AND merged_into IS NULL AND dataset = 'news' AND amount BETWEEN @low AND @high
          AND date_to >= @windowFrom AND date_from <= @windowTo
        ORDER BY id LIMIT 50
        """;

    public const string CandidatesWithoutAmount = """
        SELECT id, parent_id AS parentId, fields FROM entries
        WHERE dedup_key = @key AND merged_into IS NULL AND dataset = 'news' AND amount IS NULL
          AND date_to >= @windowFrom AND date_from <= @windowTo
        ORDER BY id LIMIT 50
        """;

    public const string InsertEntry = """
        INSERT INTO entries (status, event_type, actor, recipient, dedup_key, currency, amount, date_from, date_to, fields, parent_id, dataset, revision, created_at, updated_at)
        VALUES (@status, @eventType, @actor, @recipient, @key, @currency, @amount, @dateFrom, @dateTo, @fields, @parentId, @dataset, 1, @at, @at) RETURNING id
        """;

    public const string InsertEntryWithId = """
        INSERT INTO entries (id, status, event_type, actor, recipient, dedup_key, currency, amount, date_from, date_to, fields, parent_id, dataset, revision, created_at, updated_at)
        VALUES (@id, @status, @eventType, @actor, @recipient, @key, @currency, @amount, @dateFrom, @dateTo, @fields, @parentId, @dataset, 1, @at, @at)
        """;

    /// <summary>A new revision of an entry; its EUR amount is cleared, to be converted again by the next refresh of the comparisons.</summary>
    public const string UpdateEntry = """
        UPDATE entries SET status = @status, event_type = @eventType, actor = @actor, recipient = @recipient, dedup_key = @key,
            currency = @currency, amount = @amount, date_from = @dateFrom, date_to = @dateTo, fields = @fields,
            merged_into = @mergedInto, amount_eur = NULL, revision = revision + 1, updated_at = @at
        WHERE id = @id
        """;

    public const string EntryExists = "SELECT COUNT(*) FROM entries WHERE id = @id";

    /// <summary>The columns an <see cref="EntryRow"/> reads, for every statement that lists entries.</summary>
    public const string EntryColumns = "id, status, fields, merged_into AS mergedInto, parent_id AS parentId, revision, dataset, amount_eur AS amountEur, same_as AS sameAs";

    public const string SelectEntry = "SELECT " + EntryColumns + " FROM entries WHERE id = @id";

    /// <summary>A change of an entry's package: a new revision like any change (the caller adds the revision row and the audit).</summary>
    public const string SetParent = "UPDATE entries SET parent_id = @parentId, revision = revision + 1, updated_at = @at WHERE id = @id";

    /// <summary>
    /// Marks an entry changed without a revision of its own: a package whose parts changed (its breakdown and its page
    /// follow its parts; the derived comparison tables refresh by <c>updated_at</c>).
    /// </summary>
    public const string TouchEntry = "UPDATE entries SET updated_at = @at WHERE id = @id";

    public const string SelectParent = "SELECT parent_id FROM entries WHERE id = @id";

    /// <summary>The live parts of one entry, in id order.</summary>
    public const string SelectPartIds = "SELECT id FROM entries WHERE parent_id = @id AND merged_into IS NULL ORDER BY id";

    /// <summary>The live parts of a set of entries; the providers add their own list condition on <c>@ids</c>.</summary>
    public const string SelectPartsOf = "SELECT id, parent_id AS parentId FROM entries WHERE merged_into IS NULL AND parent_id";

    /// <summary>The sources of a set of entries; the providers add their own list condition on <c>@ids</c>.</summary>
    public const string SelectSourcesOf = """
        SELECT id, entry_id AS entryId, record_id AS recordId, doc, title, url, published, evidence, rule,
               (SELECT r.retired_at FROM records r WHERE r.id = entry_sources.record_id) AS retiredAt
        FROM entry_sources WHERE entry_id
        """;

    public const string SelectSource = """
        SELECT id, entry_id AS entryId, record_id AS recordId, doc, title, url, published, evidence, rule,
               (SELECT r.retired_at FROM records r WHERE r.id = entry_sources.record_id) AS retiredAt
        FROM entry_sources WHERE id = @id
        """;

    public const string MoveSource = "UPDATE entry_sources SET entry_id = @entryId, rule = @rule WHERE id = @id";

    public const string MoveSources = "UPDATE entry_sources SET entry_id = @to, rule = rule || @note WHERE entry_id = @from";

    public const string SelectRecordJson = "SELECT json FROM records WHERE id = @id";

    /// <summary>The stored text of the document a record came from, for showing evidence in context.</summary>
    public const string SelectRecordDocument = """
        SELECT d.text FROM records r JOIN documents d ON d.id = r.document_id WHERE r.id = @id
        """;

    public const string InsertRevision = """
        INSERT INTO revisions (entry_id, revision, status, fields, merged_into, parent_id, author, at)
        SELECT id, revision, status, fields, merged_into, parent_id, @who, @at FROM entries WHERE id = @id
        """;

    public const string InsertAudit = """
        INSERT INTO audit_log (at, who, action, entry_id, before, after) VALUES (@at, @who, @action, @entryId, @before, @after)
        """;

    public const string SelectRevisions = "SELECT revision AS revisionNumber, status, fields, merged_into AS mergedInto, parent_id AS parentId, author, at FROM revisions WHERE entry_id = @id ORDER BY revision";

    public const string SelectAudit = "SELECT id, at, who, action, entry_id AS entryId, before, after FROM audit_log WHERE entry_id = @id ORDER BY id";

    /// <summary>A page of live entries (not merged away) after <c>@after</c>, filtered; the filters are optional.</summary>
    public const string PageEntries = """
        SELECT id, status, fields, merged_into AS mergedInto, parent_id AS parentId, revision, dataset, amount_eur AS amountEur, same_as AS sameAs FROM entries
        WHERE id > @after AND merged_into IS NULL
          AND (@dataset IS NULL OR dataset = @dataset)
          AND (@status IS NULL OR status = @status)
          AND (@type IS NULL OR event_type = @type)
          AND (@actor IS NULL OR ('+' || actor || '+') LIKE @actor)
          AND (@from IS NULL OR date_to >= @from)
          AND (@to IS NULL OR date_from <= @to)
        ORDER BY id LIMIT @limit
        """;

    /// <summary>Live entries per dataset and status (not merged away), for the overview's counts.</summary>
    public const string DatasetCounts = "SELECT dataset, status, COUNT(*) AS count FROM entries WHERE merged_into IS NULL GROUP BY dataset, status ORDER BY dataset, status";

    public const string Counts = """
        SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM records WHERE retired_at IS NULL) AS records,
               (SELECT COUNT(*) FROM entries WHERE merged_into IS NULL) AS entries, (SELECT COUNT(*) FROM entry_sources) AS sources
        """;
}
