using System.Globalization;

namespace Pledgewatch.Web.Pages.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG: labels left, bars scaled to the largest value, the value at each bar's end.
/// Labels are never clipped: a long one is cut with "…" and carries the whole name as its tooltip (and in the table).
/// Accessible: role="img" with a title and description, each bar a keyboard-focusable link with its own label, and
/// the same figures as a table for screen readers and copying. Scales with the page (viewBox), so it reads on a phone.
/// Bars with segments are stacked: each segment a rectangle with its own tooltip, a legend under the chart, and the
/// segments in the table.
/// </summary>
internal static class BarChart
{
    private const int Width = 640, LabelWidth = 150, ValueWidth = 180, Row = 30, Top = 8;

    /// <summary>Characters of a label that fit left of the bars at the chart's font size.</summary>
    private const int LabelChars = 17;

    public static Html Render(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        if (bars.Count == 0) return Html.Of($"""<p class="note">{title}: nothing to show for these filters.</p>""");
        var max = bars.Max(b => b.Value);
        var plot = Width - LabelWidth - ValueWidth;
        var height = Top * 2 + Row * bars.Count;
        var rows = bars.Select((b, i) =>
        {
            var y = Top + i * Row;
            var w = max <= 0 ? 0 : Math.Max(2, (double)(b.Value / max) * plot);
            var rect = b.Segments is { Count: > 0 } segments
                ? Segments(segments, y, max <= 0 ? 0 : plot / (double)max)
                : Html.Of($"""<rect class="bar" x="{LabelWidth}" y="{y + 5}" width="{F(w)}" height="{Row - 10}"></rect>""");
            var bar = Html.Of($"""
                <text x="{LabelWidth - 8}" y="{y + 19}" text-anchor="end">{Label(b.Label)}</text>
                {rect}
                <text x="{F(LabelWidth + w + 6)}" y="{y + 19}">{b.ValueText}</text>
                """);
            return b.Href is null
                ? Html.Of($"<g>{bar}</g>")
                : Html.Of($"""<a href="{Html.SafeUrl(b.Href)}" aria-label="{b.Label}: {b.ValueText}">{bar}</a>""");
        });
        bool stacked = bars.Any(b => b.Segments is { Count: > 0 });
        var table = bars.Select(b => Html.Of($"""<tr><th scope="row">{b.Label}</th><td class="num">{b.ValueText}</td>{(stacked ? Html.Of($"<td>{Parts(b)}</td>") : Html.Empty)}</tr>"""));
        return Html.Of($"""
            <figure>
            <svg class="chart" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {Width} {height}" xmlns="http://www.w3.org/2000/svg">
            <title id="{id}-title">{title}</title>
            <desc id="{id}-desc">{description}</desc>
            <line class="axis" x1="{LabelWidth}" y1="{Top}" x2="{LabelWidth}" y2="{height - Top}"></line>
            {rows}
            </svg>
            {(stacked ? Legend(bars) : Html.Empty)}
            <figcaption>{description}</figcaption>
            <details><summary>{title} as a table</summary><div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col" class="num">Value</th>{(stacked ? Html.Raw("<th scope=\"col\">Parts</th>") : Html.Empty)}</tr></thead><tbody>{table}</tbody></table></div></details>
            </figure>
            """);
    }

    /// <summary>The segments of one bar end to end, each with its tooltip; the smallest are at least one unit wide so none vanishes.</summary>
    private static Html Segments(IReadOnlyList<ChartSegment> segments, int y, double scale)
    {
        double x = LabelWidth;
        return Html.Join(segments.Select(s =>
        {
            var w = Math.Max(1, (double)s.Value * scale);
            var rect = Html.Of($"""<rect class="{s.Class}" x="{F(x)}" y="{y + 5}" width="{F(w)}" height="{Row - 10}"><title>{s.Label}: {s.ValueText}</title></rect>""");
            x += w;
            return rect;
        }));
    }

    /// <summary>Every label of the chart once, with its colour.</summary>
    private static Html Legend(IEnumerable<ChartBar> bars)
    {
        var labels = bars.SelectMany(b => b.Segments ?? []).DistinctBy(s => s.Label).OrderBy(s => s.Color == ChartSegment.Rest ? 1 : 0).ThenBy(s => s.Color);
        return Html.Of($"""<ul class="legend" aria-label="Legend">{labels.Select(s => Html.Of($"""<li><svg viewBox="0 0 10 10" aria-hidden="true"><rect class="{s.Class}" width="10" height="10"></rect></svg> {s.Label}</li>"""))}</ul>""");
    }

    private static Html Parts(ChartBar b) => Html.Text(string.Join("; ", (b.Segments ?? []).Select(s => $"{s.Label} {s.ValueText}")));

    /// <summary>The label as it fits; cut with "…" and the whole label as a tooltip when it does not.</summary>
    internal static Html Label(string label) => label.Length <= LabelChars
        ? Html.Text(label)
        : Html.Of($"<title>{label}</title>{label[..(LabelChars - 1)].TrimEnd()}…");

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
