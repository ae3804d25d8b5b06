namespace Pledgewatch.Ledger.Ingest;

/// <summary>A fetch with what a poller needs besides the bytes: whether the server said "not modified", and the validators to send next time.</summary>
internal readonly record struct Fetched(FetchResult Result, bool NotModified = false, string? ETag = null, string? LastModified = null);
