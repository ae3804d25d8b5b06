namespace Pledgewatch.Ledger.Storage;

/// <summary>An API token as listed to its administrators: never its value or hash. Times are ISO 8601 UTC.</summary>
/// <param name="RevokedAt">When it was revoked; null while it is live.</param>
public sealed record ApiTokenInfo(long Id, string UserName, string Role, string CreatedAt, string? RevokedAt);
