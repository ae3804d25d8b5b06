namespace Pledgewatch.Ledger.Storage;

/// <summary>The statements of re-coding stored documents (<see cref="LedgerStore.Recode"/>), alike in both databases.</summary>
internal static class RecodeSql
{
    public const string DocumentIds = "SELECT id FROM documents ORDER BY id";

    public const string DocumentIdsByDoc = "SELECT id FROM documents WHERE doc = @doc ORDER BY id";

    public const string SelectDocument = """
        SELECT id, doc, title, url, country, published, published_from AS publishedFrom, country_from AS countryFrom,
               coder_version AS coderVersion, ingested_at AS ingestedAt, text
        FROM documents WHERE id = @id
        """;

    public const string UpdateDocument = """
        UPDATE documents SET published = @published, published_from = @publishedFrom, country = @country, country_from = @countryFrom,
            coder_version = @coderVersion
        WHERE id = @id
        """;

    /// <summary>The sources of a document's records carry its date: they follow a correction.</summary>
    public const string UpdateSourceDates = "UPDATE entry_sources SET published = @published WHERE record_id IN (SELECT id FROM records WHERE document_id = @id)";

    /// <summary>The live records of a document, each with the (first) source and entry it is filed under.</summary>
    public const string LiveRecords = """
        SELECT r.id, r.ordinal, r.json, r.evidence_start AS evidenceStart, r.evidence_end AS evidenceEnd,
               (SELECT MIN(s.id) FROM entry_sources s WHERE s.record_id = r.id) AS sourceId,
               (SELECT MIN(s.entry_id) FROM entry_sources s WHERE s.record_id = r.id) AS entryId
        FROM records r WHERE r.document_id = @id AND r.retired_at IS NULL ORDER BY r.ordinal
        """;

    public const string NextOrdinal = "SELECT COALESCE(MAX(ordinal), -1) + 1 FROM records WHERE document_id = @id";

    public const string KeepRecord = "UPDATE records SET json = @json, coder_version = @coderVersion WHERE id = @id";

    public const string ChangeRecord = """
        UPDATE records SET json = @json, event_type = @eventType, sentence = @sentence, evidence_start = @start, evidence_end = @end,
            coder_version = @coderVersion
        WHERE id = @id
        """;

    public const string ChangeSourceEvidence = "UPDATE entry_sources SET evidence = @evidence WHERE record_id = @id";

    public const string RetireRecord = "UPDATE records SET retired_at = @at WHERE id = @id";

    /// <summary>Sources of an entry other than <c>@sourceId</c> that still stand: imported ones, and those whose record is live.</summary>
    public const string OtherLiveSources = """
        SELECT COUNT(*) FROM entry_sources s LEFT JOIN records r ON r.id = s.record_id
        WHERE s.entry_id = @id AND s.id <> @sourceId AND (s.record_id IS NULL OR r.retired_at IS NULL)
        """;

    public const string LiveSources = """
        SELECT COUNT(*) FROM entry_sources s LEFT JOIN records r ON r.id = s.record_id
        WHERE s.entry_id = @id AND (s.record_id IS NULL OR r.retired_at IS NULL)
        """;

    /// <summary>Whether a person changed the entry's fields (<c>ledger edit</c>, the web's edit form).</summary>
    public const string EditedByPerson = "SELECT COUNT(*) FROM audit_log WHERE entry_id = @id AND action = 'edit'";
}
