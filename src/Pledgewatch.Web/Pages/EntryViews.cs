using System.Globalization;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

namespace Pledgewatch.Web.Pages;

/// <summary>How entries look in pages: a table row, a one-line summary, the fields, the status badge.</summary>
internal static class EntryViews
{
    /// <param name="empty">What to show (and to do next) when there is no entry.</param>
    public static Html Table(IEnumerable<ListedEntry> entries, string caption, Html empty)
    {
        var rows = entries.Select(l => Row(l.Entry)).ToList();
        if (rows.Count == 0) return Html.Of($"""<p class="empty">{empty}</p>""");
        return Html.Of($"""
            <div class="table-wrap"><table class="stack">
            <caption class="note">{caption}</caption>
            <thead><tr><th scope="col">Entry</th><th scope="col">Status</th><th scope="col">Category</th><th scope="col">Actor → recipient</th><th scope="col">Date</th><th scope="col" class="num">Amount as reported</th><th scope="col" class="num">In EUR</th><th scope="col">Stage</th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
    }

    public static Html Row(LedgerEntry e)
    {
        var f = e.Fields;
        return Html.Of($"""
            <tr><td data-label="Entry"><a href="/entries/{e.Id}">#{e.Id}</a></td><td data-label="Status">{Status(e.Status)}</td><td data-label="Category">{f.EventType}{(f.Mode is null ? "" : " · " + f.Mode)}</td>
            <td data-label="Actor → recipient">{Codes(f.Actor)} → {Codes(f.Recipient)}</td><td data-label="Date">{Dates(f.Date)}</td><td class="num" data-label="Amount as reported">{Amount(f.Commitment?.Amount)}</td><td class="num" data-label="In EUR">{Figures.Eur(e.AmountEur, f.Commitment?.Amount is not null)}</td><td data-label="Stage">{f.Commitment?.Stage}</td></tr>
            """);
    }

    public static Html Status(string status) => Html.Of($"""<span class="status status-{status}"{(status == EntryStatus.Orphaned ? Html.Raw(" title=\"No record of the current coder supports it any more (pledgewatch recode)\"") : Html.Empty)}>{status}</span>""");

    public static Html Codes(IReadOnlyList<EntityRef> entities) =>
        entities.Count == 0 ? Html.Raw("—") : Html.Join(entities.Select((e, i) => Html.Of(
            $"{(i > 0 ? ", " : "")}{(e.Code is { } code ? Html.Of($"<a href=\"/actors/{code}\" title=\"{e.Name ?? e.Text}\">{code}</a>") : Html.Text(e.Text))}")));

    public static string Dates(EventDate d) =>
        d.From == d.To ? Day(d.From) : $"{Day(d.From)} – {Day(d.To)}";

    public static string Amount(Money? m) => m is null ? "" : $"{Html.Number(m.Value)} {m.Currency}";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The normalised fields as a definition list.</summary>
    public static Html Fields(EntryFields f)
    {
        var c = f.Commitment;
        var items = new List<(string, Html)>
        {
            ("Category", Html.Of($"{f.EventType}{(f.Mode is null ? "" : " · " + f.Mode)}")),
            ("Actor", Names(f.Actor)),
            ("Recipient", Names(f.Recipient)),
            ("Date", Html.Of($"{Dates(f.Date)}{(f.Date.Text is null ? "" : $" (“{f.Date.Text}”)")}")),
            ("Location", Html.Text(f.Location is null ? "—" : $"{f.Location.Text}{(f.Location.Code is null ? "" : $" ({f.Location.Code})")}")),
            ("Context", Html.Text(f.Context.Count == 0 ? "—" : string.Join(", ", f.Context))),
        };
        if (c is not null)
        {
            items.Add(("Amount", Html.Text(c.Amount is null ? "unquantified" : $"{Amount(c.Amount)} (“{c.Amount.Text}”)")));
            items.Add(("Instruments", Html.Text(c.Instruments.Count == 0 ? "—" : string.Join(", ", c.Instruments))));
            items.Add(("Purpose", Html.Text(c.Purpose ?? "—")));
            items.Add(("Stage", Html.Text(c.Stage)));
            if (c.Items.Count > 0) items.Add(("Items", Html.Text(string.Join("; ", c.Items.Select(i => $"{i.Quantity} × {i.Text}")))));
        }
        if (f.Sanction is { } s)
        {
            items.Add(("Sanction targets", Names(s.Targets)));
            if (s.Count is int n) items.Add(("Designations", Html.Text(n.ToString(CultureInfo.InvariantCulture))));
            if (s.Instrument is not null) items.Add(("Instrument", Html.Text(s.Instrument)));
        }
        return Html.Of($"""<dl class="fields">{items.Select(i => Html.Of($"<dt>{i.Item1}</dt><dd>{i.Item2}</dd>"))}</dl>""");
    }

    private static Html Names(IReadOnlyList<EntityRef> entities) =>
        entities.Count == 0 ? Html.Raw("—") : Html.Join(entities.Select((e, i) => Html.Of($"""{(i > 0 ? Html.Raw("; ") : Html.Empty)}{e.Name ?? e.Text}{(e.Code is null ? Html.Empty : Html.Of($" (<a href=\"/actors/{e.Code}\">{e.Code}</a>)"))}{(e.Sector is null ? "" : " · " + e.Sector)}""")));

    /// <summary>Links to the previous and next page of a list, keeping the other query parameters.</summary>
    public static Html Pager(HttpContext ctx, int page, int pageSize, long total)
    {
        var last = (int)Math.Max(1, (total + pageSize - 1) / pageSize);
        string Link(int p)
        {
            var q = ctx.Request.Query.Where(kv => kv.Key != "page").Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value.ToString())}").Append($"page={p}");
            return $"{ctx.Request.Path}?{string.Join('&', q)}";
        }
        return Html.Of($"""
            <nav aria-label="Pages" class="note">Page {page} of {last} ({total:N0} in all)
            {(page > 1 ? Html.Of($"""· <a href="{Link(page - 1)}" rel="prev">previous</a>""") : Html.Empty)}
            {(page < last ? Html.Of($"""· <a href="{Link(page + 1)}" rel="next">next</a>""") : Html.Empty)}
            </nav>
            """);
    }

    public static Html Errors(Dictionary<string, string[]> errors) =>
        Html.Of($"""<div role="alert" class="error-box"><p class="error">Some filters are not valid:</p><ul>{errors.Select(e => Html.Of($"<li><strong>{e.Key}</strong>: {string.Join("; ", e.Value)}</li>"))}</ul><p><a href="?">Clear the filters</a></p></div>""");
}
