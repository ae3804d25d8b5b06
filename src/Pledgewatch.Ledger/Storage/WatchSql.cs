namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The watch state both databases keep alike: each watched source with its validators and back-off, each item seen
/// with its state. Timestamps are ISO 8601 UTC text with milliseconds (they sort as they compare). Claiming items is
/// the providers' own (<c>SKIP LOCKED</c> on PostgreSQL): <see cref="Sqlite.SqliteSql.ClaimWatchItems"/>,
/// <see cref="Postgres.PostgresSql.ClaimWatchItems"/>.
/// </summary>
internal static class WatchSql
{
    public const string InsertSource = "INSERT INTO watch_sources (source, failures) VALUES (@source, 0) ON CONFLICT (source) DO NOTHING";

    public const string SelectSource = """
        SELECT id, source, etag, last_modified AS lastModified, failures, next_poll_at AS nextPollAt, last_error AS lastError
        FROM watch_sources WHERE source = @source
        """;

    public const string SourcePolled = """
        UPDATE watch_sources SET etag = @etag, last_modified = @lastModified, failures = 0, next_poll_at = @next,
            last_polled_at = @at, last_error = NULL
        WHERE id = @id
        """;

    public const string SourceFailed = """
        UPDATE watch_sources SET failures = failures + 1, next_poll_at = @next, last_polled_at = @at, last_error = @error
        WHERE id = @id
        """;

    /// <summary>A new item is pending from the moment it is first seen; an item seen before keeps its state and first sighting.</summary>
    public const string InsertItem = """
        INSERT INTO watch_items (source_id, item, location, title, published, state, attempts, first_seen_at, due_at)
        VALUES (@sourceId, @item, @location, @title, @published, 'pending', 0, @at, @at)
        ON CONFLICT (source_id, item) DO NOTHING
        """;

    public const string ItemStored = """
        UPDATE watch_items SET state = 'done', stored_at = @at, document_id = @documentId, claimed_by = NULL, error = NULL
        WHERE id = @id
        """;

    /// <summary>Back to pending with a later due time, or failed for good once <c>@maxAttempts</c> are spent.</summary>
    public const string ItemFailed = """
        UPDATE watch_items SET attempts = attempts + 1, error = @error, claimed_by = NULL, due_at = @retryAt,
            state = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE 'pending' END
        WHERE id = @id
        """;

    /// <summary>Items this worker claimed but did not process (it was asked to stop) go back to the queue at once.</summary>
    public const string ReleaseClaims = "UPDATE watch_items SET state = 'pending', claimed_by = NULL WHERE state = 'claimed' AND claimed_by = @worker";

    public const string Claimants = "SELECT DISTINCT claimed_by FROM watch_items WHERE state = 'claimed'";

    public const string StoredSince = """
        SELECT first_seen_at AS firstSeenAt, stored_at AS storedAt FROM watch_items
        WHERE state = 'done' AND stored_at >= @since ORDER BY stored_at
        """;

    public const string CountItems = "SELECT state, COUNT(*) AS count FROM watch_items GROUP BY state";
}
