using System.Globalization;

namespace Pledgewatch.Ledger.Export;

/// <summary>
/// The flat row of an entry in CSV and XLSX: normalised fields, lists joined with "; ", the source count, the id of the
/// package the entry is part of (empty for a whole: only those count in totals), then the amount in EUR (empty without
/// an ECB rate), the dataset, and for a coded entry the imported entry that is the same commitment (<c>same_as</c>: the
/// combined view counts that one).
/// </summary>
internal static class EntryRowView
{
    public static readonly string[] Columns =
    [
        "id", "status", "event_type", "mode", "actor", "recipient", "date_from", "date_to", "amount", "currency",
        "instruments", "purpose", "stage", "location", "sanction_targets", "sources", "parent_id", "amount_eur", "dataset", "same_as",
    ];

    /// <summary>The columns that hold days (written as date cells in XLSX).</summary>
    public static readonly string[] DateColumns = ["date_from", "date_to"];

    /// <param name="dates">Days as <see cref="DateTime"/> values (XLSX date cells) rather than YYYY-MM-DD text.</param>
    public static object?[] Values(LedgerEntry e, bool dates = false)
    {
        var f = e.Fields;
        var c = f.Commitment;
        return
        [
            e.Id, e.Status, f.EventType, f.Mode, EntryFields.Codes(f.Actor), EntryFields.Codes(f.Recipient),
            Day(f.Date.From, dates), Day(f.Date.To, dates),
            c?.Amount?.Value, c?.Amount?.Currency, c is null ? null : string.Join("; ", c.Instruments), c?.Purpose, c?.Stage,
            f.Location?.Code ?? f.Location?.Text,
            f.Sanction is null ? null : string.Join("; ", f.Sanction.Targets.Select(t => t.Code ?? t.Text)),
            e.Sources.Count, e.Parent, e.AmountEur is double eur ? Math.Round(eur, 2) : null, e.Dataset, e.SameAs,
        ];
    }

    private static object Day(DateOnly day, bool asDate) =>
        asDate ? day.ToDateTime(TimeOnly.MinValue) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
