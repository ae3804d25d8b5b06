namespace Pledgewatch.Comparisons.Rankings;

/// <summary>Which entries a ranking counts; null means "any". Dates are inclusive and compare the announcement date.</summary>
/// <param name="Type">financial, military or humanitarian (<see cref="ContributionKinds"/>); null for all kinds.</param>
/// <param name="Recipient">ISO3 or body code that must be among the recipients.</param>
/// <param name="Source">"kiel" or "news" (<see cref="Storage.DatasetSources"/>).</param>
internal sealed record RankFilter(string? Type = null, string? Stage = null, DateOnly? From = null, DateOnly? To = null, string? Recipient = null, string? Source = null);
