using ScottPlot;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>A horizontal bar chart of the top of a ranking, as SVG or PNG by the file's extension.</summary>
internal static class RankChart
{
    public const int MaxBars = 25;

    /// <summary>Writes the chart; returns an error message for an extension it cannot write, null when written.</summary>
    public static string? Save(Ranking ranking, string path, string title)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png")) return $"--chart writes .svg or .png files, not '{extension}'";
        var rows = ranking.Rows.Take(MaxBars).ToList();
        var plot = new Plot();
        var bars = rows.Select((r, i) => new Bar { Position = rows.Count - i, Value = r.Value, FillColor = Colors.SteelBlue }).ToList();
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
