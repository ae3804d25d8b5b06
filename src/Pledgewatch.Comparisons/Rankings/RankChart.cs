using ScottPlot;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>
/// A horizontal bar chart of the top of a ranking, as SVG or PNG by the file's extension: the title a sentence
/// (<see cref="RankTitle"/>), each bar labelled with its figure ("125.2 bn EUR"), names wrapped onto a second line
/// rather than cut, and room on the right for the longest figure.
/// </summary>
internal static class RankChart
{
    public const int MaxBars = 25;

    /// <summary>A name longer than this is wrapped at a space (or cut with "…" on the second line).</summary>
    private const int LineLength = 24;

    /// <summary>One bar per label of each row's breakdown, end to end, a colour per label (grey for "unassigned") and a legend.</summary>
    private static List<Bar> Stacked(IReadOnlyList<RankRow> rows, RankMetric metric, Plot plot)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var labels = rows.SelectMany(r => r.Breakdown).Select(s => s.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == Breakdowns.Unassigned ? 1 : 0).ThenBy(l => l, StringComparer.Ordinal).ToList();
        Color ColorOf(string label) => label == Breakdowns.Unassigned ? Colors.LightGray : palette.GetColor(labels.IndexOf(label));
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            double start = 0;
            var shares = rows[i].Breakdown;
            for (int j = 0; j < shares.Count; j++)
            {
                var share = shares[j];
                // The row's figure goes at the end of its last segment.
                bars.Add(new Bar
                {
                    Position = rows.Count - i, ValueBase = start, Value = start + share.Value, FillColor = ColorOf(share.Label),
                    Label = j == shares.Count - 1 ? RankMetrics.Short(metric, rows[i].Value) : "",
                });
                start += share.Value;
            }
        }
        foreach (var label in labels) plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = ColorOf(label) });
        plot.Legend.IsVisible = labels.Count > 0;
        plot.Legend.Alignment = Alignment.LowerRight;
        return bars;
    }

    /// <summary>Writes the chart of <paramref name="rows"/> (the ranking's, after <c>--top</c>; at most <see cref="MaxBars"/>); returns an error message for an extension it cannot write, null when written.</summary>
    public static string? Save(Ranking ranking, IReadOnlyList<RankRow> rows, string path)
    {
        if (Unwritable(path) is { } problem) return problem;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        rows = [.. rows.Take(MaxBars)];
        var plot = new Plot();
        var bars = ranking.Breakdown is null
            ? rows.Select((r, i) => new Bar { Position = rows.Count - i, Value = r.Value, FillColor = Colors.SteelBlue, Label = RankMetrics.Short(ranking.Metric, r.Value) }).ToList()
            : Stacked(rows, ranking.Metric, plot);
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.SetTicks([.. rows.Select((_, i) => (double)(rows.Count - i))], [.. rows.Select(r => Wrap($"{r.Rank}. {r.Name}"))]);
        // Room right of the longest bar for its figure (about 14 characters of a 900 px wide chart).
        plot.Axes.Margins(left: 0, right: 0.22, bottom: 0.02, top: 0.02);
        plot.Title(RankTitle.Of(ranking), size: 14);
        plot.XLabel(RankMetrics.Unit(ranking.Metric));
        int height = 140 + 30 * Math.Max(rows.Count, 1);
        if (extension == ".svg") plot.SaveSvg(path, 900, height);
        else plot.SavePng(path, 900, height);
        return null;
    }

    /// <summary>Why a chart cannot be written to <paramref name="path"/> (an extension other than .svg or .png); null when it can.</summary>
    public static string? Unwritable(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".svg" or ".png" ? null : $"--chart writes .svg or .png files, not '{extension}'";
    }

    /// <summary>A name on one line, or two: broken at the last space before <see cref="LineLength"/>, the second line cut with "…".</summary>
    internal static string Wrap(string name)
    {
        if (name.Length <= LineLength) return name;
        int cut = name.LastIndexOf(' ', LineLength);
        if (cut <= 0) cut = LineLength;
        var rest = name[cut..].Trim();
        return name[..cut].TrimEnd() + "\n" + (rest.Length <= LineLength ? rest : rest[..(LineLength - 1)] + "…");
    }
}
