namespace Pledgewatch.Ledger.Storage;

/// <summary>An entry in a list, with when it was created and last changed (UTC, ISO 8601), for feeds and sorting.</summary>
public sealed record ListedEntry(LedgerEntry Entry, string CreatedAt, string UpdatedAt);
