namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Which live entries (not merged away) to list, count or total, in what order, which page. Every filter is optional
/// (null means "any"); they combine with AND. Codes are upper case as stored.
/// </summary>
/// <param name="Statuses">Any of these statuses; null or empty for all.</param>
/// <param name="Actor">An actor code the entry must have (one of a compound actor counts).</param>
/// <param name="Recipient">A recipient code the entry must have.</param>
/// <param name="Stage">A commitment stage (sought, pledged, committed, delivered, withdrawn).</param>
/// <param name="Purpose">A commitment purpose (financial, military, humanitarian, …).</param>
/// <param name="From">Entries whose date range reaches this day or later.</param>
/// <param name="To">Entries whose date range begins on this day or earlier.</param>
/// <param name="Text">Words the entry's fields contain (case-insensitive substring of the stored JSON).</param>
/// <param name="CommitmentsOnly">Only entries with a commitment (quantified or not).</param>
/// <param name="Sort">
/// One of <see cref="SortKeys"/>; a leading '-' sorts descending. Ties are broken by id. <c>amount</c> sorts by the
/// amount in EUR (<see cref="LedgerEntry.AmountEur"/>), entries without one last.
/// </param>
/// <param name="Dataset">
/// One dataset (<see cref="Ledger.Dataset"/>); <see cref="Ledger.Dataset.All"/> for the combined view, in which a coded
/// entry that is the same commitment as an imported one (<see cref="LedgerEntry.SameAs"/>) is left out; null for every
/// entry of every dataset.
/// </param>
/// <param name="MinEur">Entries whose amount in EUR is at least this (entries without one are left out).</param>
/// <param name="MaxEur">Entries whose amount in EUR is at most this.</param>
public sealed record EntryQuery(
    IReadOnlyList<string>? Statuses = null,
    string? Type = null,
    string? Actor = null,
    string? Recipient = null,
    string? Stage = null,
    string? Purpose = null,
    string? Currency = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    bool CommitmentsOnly = false,
    string Sort = "id",
    int Offset = 0,
    int Limit = 50,
    string? Dataset = null,
    double? MinEur = null,
    double? MaxEur = null)
{
    public static readonly IReadOnlyList<string> SortKeys = ["id", "date", "amount", "type", "status", "updated", "actor", "recipient"];

    /// <summary>Largest page a caller may ask for: a page is held in memory with its sources.</summary>
    public const int MaxLimit = 1000;
}
