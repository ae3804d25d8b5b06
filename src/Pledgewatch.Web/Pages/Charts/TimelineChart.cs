using System.Globalization;

namespace Pledgewatch.Web.Pages.Charts;

/// <summary>
/// Commitments per month as vertical bars over a continuous month axis (empty months shown as gaps), inline SVG.
/// Each bar carries a tooltip title and links to the month's entries; the figures are repeated as a table.
/// </summary>
internal static class TimelineChart
{
    private const int Width = 640, Height = 220, Left = 44, Bottom = 36, Top = 10, Right = 8;

    /// <param name="months">"YYYY-MM" → number of commitments.</param>
    /// <param name="href">The link of a month's bar.</param>
    public static Html Render(string id, string title, string description, IReadOnlyDictionary<string, long> months, Func<string, string> href)
    {
        if (months.Count == 0) return Html.Of($"""<p class="note">{title}: nothing to show for these filters.</p>""");
        var all = Span(months.Keys.Min()!, months.Keys.Max()!);
        var max = Math.Max(1, months.Values.Max());
        double slot = (double)(Width - Left - Right) / all.Count;
        int plotHeight = Height - Top - Bottom;
        int labelEvery = Math.Max(1, (int)Math.Ceiling(all.Count / 8.0));
        var bars = all.Select((m, i) =>
        {
            months.TryGetValue(m, out var n);
            var x = Left + i * slot;
            var h = n == 0 ? 0 : Math.Max(2, (double)n / max * plotHeight);
            var label = i % labelEvery == 0 && x + slot / 2 + 30 < Width ? Html.Of($"""<text x="{F(x + slot / 2)}" y="{Height - Bottom + 16}" text-anchor="middle">{m}</text>""") : Html.Empty;
            var rect = n == 0 ? Html.Empty : Html.Of($"""
                <a href="{Html.SafeUrl(href(m))}" aria-label="{m}: {n} commitments"><rect class="bar" x="{F(x + (slot - BarWidth(slot)) / 2)}" y="{F(Top + plotHeight - h)}" width="{F(BarWidth(slot))}" height="{F(h)}"><title>{m}: {n} commitments</title></rect></a>
                """);
            return Html.Of($"{rect}{label}");
        });
        var table = all.Where(months.ContainsKey).Select(m => Html.Of($"""<tr><th scope="row">{m}</th><td class="num">{months[m]}</td></tr>"""));
        return Html.Of($"""
            <figure>
            <svg class="chart" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {Width} {Height}" xmlns="http://www.w3.org/2000/svg">
            <title id="{id}-title">{title}</title>
            <desc id="{id}-desc">{description}</desc>
            <line class="axis" x1="{Left}" y1="{Top + plotHeight}" x2="{Width - Right}" y2="{Top + plotHeight}"></line>
            <line class="axis" x1="{Left}" y1="{Top}" x2="{Left}" y2="{Top + plotHeight}"></line>
            <text x="{Left - 6}" y="{Top + 10}" text-anchor="end">{max}</text>
            <text x="{Left - 6}" y="{Top + plotHeight}" text-anchor="end">0</text>
            {bars}
            </svg>
            <figcaption>{description}</figcaption>
            <details><summary>{title} as a table</summary><div class="table-wrap"><table><thead><tr><th scope="col">Month</th><th scope="col" class="num">Commitments</th></tr></thead><tbody>{table}</tbody></table></div></details>
            </figure>
            """);
    }

    /// <summary>Every month from first to last, "YYYY-MM"; at most 240 (twenty years) so a stray date cannot blow up the chart.</summary>
    private static List<string> Span(string first, string last)
    {
        var months = new List<string>();
        if (!DateOnly.TryParseExact(first + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return [first];
        var end = DateOnly.TryParseExact(last + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : d;
        if (end.Year * 12 + end.Month - (d.Year * 12 + d.Month) > 240) d = end.AddMonths(-240);
        for (; d <= end; d = d.AddMonths(1)) months.Add(d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return months;
    }

    /// <summary>Bars fill most of their month's slot, but stay slim when there are only a few months.</summary>
    private static double BarWidth(double slot) => Math.Clamp(slot * 0.8, 1, 36);

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
