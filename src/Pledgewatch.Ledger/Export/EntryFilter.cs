namespace Pledgewatch.Ledger.Export;

/// <summary>Which entries to list or export; null means "any". Dates select entries whose date range meets [From, To].</summary>
/// <param name="Actor">An ISO3 (or body) code that must be among the entry's actors.</param>
/// <param name="Type">A PLOVER category.</param>
/// <param name="Dataset">One dataset (<see cref="Ledger.Dataset"/>); null for every dataset.</param>
public sealed record EntryFilter(string? Status = null, string? Actor = null, string? Type = null, DateOnly? From = null, DateOnly? To = null, string? Dataset = null)
{
    public static EntryFilter All { get; } = new();
}
