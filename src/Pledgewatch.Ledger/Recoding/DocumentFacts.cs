namespace Pledgewatch.Ledger.Recoding;

/// <summary>A stored document's metadata as a recode leaves it: date and outlet country, each with its <see cref="MetadataBasis"/>.</summary>
public sealed record DocumentFacts(DateOnly? Published, string? PublishedFrom, string? Country, string? CountryFrom);
