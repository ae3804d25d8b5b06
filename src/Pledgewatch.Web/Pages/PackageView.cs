using System.Globalization;
using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Pages.Charts;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// An entry's package relations on its page (EVENTS.md, "Packages, parts, shares and totals"): the package it is part
/// of, or its own parts, as a small table with each part's share of the package and a stacked bar; and the flags of
/// <see cref="LedgerStore.PackageFlags"/>. Shares are ratios of amounts in one currency, else of EUR values at the ECB
/// rates of their dates.
/// </summary>
internal static class PackageView
{
    public static Html Render(LedgerEntry e, LedgerStore store, CurrencyConverter converter)
    {
        var parts = new List<Html>();
        if (e.Parent is long parent && store.GetEntry(parent) is { } package)
        {
            parts.Add(Html.Of($"""<p>Part of <a href="/entries/{parent}">entry {parent}</a>: totals and rankings count the package, not this part.</p>"""));
            parts.Add(Table(package, store, converter, e.Id));
        }
        if (e.Parts.Count > 0) parts.Add(Table(e, store, converter, null));
        if (parts.Count == 0) return Html.Empty;
        var flags = store.PackageFlags(e).Select(f => Html.Of($"""<p class="flag" role="note">Check: {f}</p>"""));
        return Html.Of($"""<section aria-labelledby="h-package"><h2 id="h-package">{(e.Parent is null ? "Parts" : e.Parts.Count == 0 ? "Package" : "Package and parts")}</h2>{flags}{parts}</section>""");
    }

    /// <summary>The parts of <paramref name="package"/>, the one being shown (<paramref name="current"/>) in bold.</summary>
    private static Html Table(LedgerEntry package, LedgerStore store, CurrencyConverter converter, long? current)
    {
        var whole = package.Fields.Commitment?.Amount;
        var rows = package.Parts.Select(store.GetEntry).OfType<LedgerEntry>()
            .Select(p => (Part: p, Share: whole is not null && p.Fields.Commitment?.Amount is { } m ? AmountRatio.Of(converter, m, p.Fields.Date.From, whole, package.Fields.Date.From) : null))
            .ToList();
        var counted = rows.Where(r => r.Part.Status != EntryStatus.Rejected && r.Share > 0).ToList();
        var sum = counted.Sum(r => r.Share!.Value);
        var rest = Math.Max(0, 1 - sum);
        var table = rows.Select(r => Html.Of($"""
            <tr{(r.Part.Id == current ? Html.Raw(" class=\"current\"") : Html.Empty)}><td><a href="/entries/{r.Part.Id}">#{r.Part.Id}</a></td><td>{EntryViews.Status(r.Part.Status)}</td>
            <td class="num">{EntryViews.Amount(r.Part.Fields.Commitment?.Amount)}</td><td>{r.Part.Fields.Commitment?.Purpose ?? "—"}</td>
            <td>{string.Join(", ", r.Part.Fields.Commitment?.Instruments ?? [])}</td><td class="num">{Percent(r.Share)}</td></tr>
            """));
        var bar = Html.Empty;
        if (whole is not null && counted.Count > 0)
        {
            // Parts that add up to more than the package (flagged above) are drawn scaled down to it.
            var scale = sum > 1 ? 1 / sum : 1;
            var segments = counted.Select((r, i) => Segment($"#{r.Part.Id} {r.Part.Fields.Commitment?.Purpose ?? "no purpose"}", r.Share!.Value * scale, whole, i)).ToList();
            if (rest > 1e-9) segments.Add(Segment("not in a part", rest, whole, ChartSegment.Rest));
            bar = BarChart.Render($"package-{package.Id}", $"Entry {package.Id} by its parts",
                $"How the {EntryViews.Amount(whole)} of entry {package.Id} divides among its parts (rejected parts left out).",
                [new ChartBar($"Entry {package.Id}", whole.Value, EntryViews.Amount(whole), $"/entries/{package.Id}", segments)]);
        }
        return Html.Of($"""
            <div class="table-wrap"><table>
            <caption class="note">Entry {package.Id} ({EntryViews.Amount(whole)}) and its parts</caption>
            <thead><tr><th scope="col">Part</th><th scope="col">Status</th><th scope="col" class="num">Amount</th><th scope="col">Purpose</th><th scope="col">Instruments</th><th scope="col" class="num">Share of the package</th></tr></thead>
            <tbody>{table}<tr><td colspan="5">Not in a part</td><td class="num">{Percent(whole is null ? null : rest)}</td></tr></tbody>
            </table></div>
            {bar}
            """);
    }

    private static ChartSegment Segment(string label, double share, Records.Money whole, int color) =>
        new(label, whole.Value * (decimal)share, Percent(share), color);

    private static string Percent(double? share) => share is double s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
