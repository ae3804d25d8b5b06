using System.Text.Json.Nodes;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Api;

/// <summary>
/// JSON shapes of the API that are not plain records: entries in the export contract (<see cref="EntryJson"/>) plus
/// revision, times, dataset, <c>amount_eur</c> (the amount in EUR at the ECB rate of its date; null without a rate)
/// and <c>same_as</c> (the imported entry a coded one is the same commitment as).
/// </summary>
internal static class ApiJson
{
    public static JsonObject Entry(LedgerEntry e, string? createdAt = null, string? updatedAt = null)
    {
        var node = EntryJson.ToNode(e);
        var sources = node["sources"]!.AsArray();
        for (int i = 0; i < e.Sources.Count; i++) sources[i]!.AsObject().Insert(0, "id", e.Sources[i].Id);
        node["revision"] = e.Revision;
        node["merged_into"] = e.MergedInto;
        node["dataset"] = e.Dataset;
        node["amount_eur"] = e.AmountEur;
        node["same_as"] = e.SameAs;
        if (createdAt is not null) node["created_at"] = createdAt;
        if (updatedAt is not null) node["updated_at"] = updatedAt;
        return node;
    }

    public static JsonObject Entry(ListedEntry e) => Entry(e.Entry, e.CreatedAt, e.UpdatedAt);

    public static readonly IReadOnlyList<string> EntryColumns =
        ["id", "status", "event_type", "mode", "actor", "recipient", "date_from", "date_to", "amount", "currency", "instruments", "purpose", "stage", "location", "sources", "updated_at", "parent_id",
         "amount_eur", "dataset"];

    public static IReadOnlyList<object?> EntryRow(ListedEntry listed)
    {
        var e = listed.Entry;
        var f = e.Fields;
        var c = f.Commitment;
        return
        [
            e.Id, e.Status, f.EventType, f.Mode, EntryFields.Codes(f.Actor), EntryFields.Codes(f.Recipient),
            f.Date.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            f.Date.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            c?.Amount?.Value, c?.Amount?.Currency, c is null ? null : string.Join("; ", c.Instruments), c?.Purpose, c?.Stage,
            f.Location?.Code ?? f.Location?.Text, e.Sources.Count, listed.UpdatedAt, e.Parent,
            e.AmountEur is double eur ? Math.Round(eur, 2) : null, e.Dataset,
        ];
    }

    /// <summary>Every entry a query selects, page by page, for CSV (memory holds one page).</summary>
    public static IEnumerable<ListedEntry> All(LedgerStore store, EntryQuery q)
    {
        const int page = 1000;
        for (int offset = 0; ; offset += page)
        {
            var items = store.QueryEntries(q with { Offset = offset, Limit = page }).Items;
            foreach (var e in items) yield return e;
            if (items.Count < page) yield break;
        }
    }
}
