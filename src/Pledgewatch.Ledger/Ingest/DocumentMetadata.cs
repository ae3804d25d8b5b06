namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// What a manifest row, a <c>NAME.meta.json</c> or a <c>NAME.gold.json</c> says of one document; null where it says
/// nothing. <see cref="Basis"/> (<see cref="MetadataBasis"/>) names where it came from.
/// </summary>
public sealed record DocumentMetadata(string Basis, DateOnly? Published = null, string? Country = null, string? Url = null, string? Title = null);
