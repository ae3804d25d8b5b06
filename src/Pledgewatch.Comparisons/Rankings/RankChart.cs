using ScottPlot;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>A horizontal bar chart of the top of a ranking, as SVG or PNG by the file's extension.</summary>
internal static class RankChart
{
    public const int MaxBars = 25;

    /// <summary>One bar per label of each row's breakdown, end to end, a colour per label (grey for "unassigned") and a legend.</summary>
    private static List<Bar> Stacked(IReadOnlyList<RankRow> rows, Plot plot)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var labels = rows.SelectMany(r => r.Breakdown).Select(s => s.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == Breakdowns.Unassigned ? 1 : 0).ThenBy(l => l, StringComparer.Ordinal).ToList();
        Color ColorOf(string label) => label == Breakdowns.Unassigned ? Colors.LightGray : palette.GetColor(labels.IndexOf(label));
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            double start = 0;
            foreach (var share in rows[i].Breakdown)
            {
                bars.Add(new Bar { Position = rows.Count - i, ValueBase = start, Value = start + share.Value, FillColor = ColorOf(share.Label) });
                start += share.Value;
            }
        }
        foreach (var label in labels) plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = ColorOf(label) });
        plot.Legend.IsVisible = labels.Count > 0;
        plot.Legend.Alignment = Alignment.LowerRight;
        return bars;
    }

    /// <summary>Writes the chart; returns an error message for an extension it cannot write, null when written.</summary>
    public static string? Save(Ranking ranking, string path, string title)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png")) return $"--chart writes .svg or .png files, not '{extension}'";
        var rows = ranking.Rows.Take(MaxBars).ToList();
        var plot = new Plot();
        var bars = ranking.Breakdown is null
            ? rows.Select((r, i) => new Bar { Position = rows.Count - i, Value = r.Value, FillColor = Colors.SteelBlue }).ToList()
            : Stacked(rows, plot);
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        plot.Axes.Left.SetTicks([.. rows.Select((_, i) => (double)(rows.Count - i))], [.. rows.Select(r => $"{r.Rank}. {r.Name}")]);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        plot.Title(title);
        plot.XLabel(RankMetrics.Unit(ranking.Metric));
        int height = 120 + 24 * Math.Max(rows.Count, 1);
        if (extension == ".svg") plot.SaveSvg(path, 900, height);
        else plot.SavePng(path, 900, height);
        return null;
    }
}
