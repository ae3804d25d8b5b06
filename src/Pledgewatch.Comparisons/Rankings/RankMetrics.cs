namespace Pledgewatch.Comparisons.Rankings;

/// <summary>Names and units of <see cref="RankMetric"/>: the units are part of the <c>rank --format json</c> contract.</summary>
internal static class RankMetrics
{
    public static IReadOnlyList<string> Names { get; } = ["total", "per-capita", "share-of-gdp"];

    public static RankMetric Parse(string name) => name switch
    {
        "per-capita" => RankMetric.PerCapita,
        "share-of-gdp" => RankMetric.ShareOfGdp,
        _ => RankMetric.Total,
    };

    public static string Name(RankMetric m) => m switch
    {
        RankMetric.PerCapita => "per-capita",
        RankMetric.ShareOfGdp => "share-of-gdp",
        _ => "total",
    };

    public static string Unit(RankMetric m) => m switch
    {
        RankMetric.PerCapita => "EUR per person",
        RankMetric.ShareOfGdp => "percent of GDP",
        _ => "EUR",
    };

    /// <summary>How a figure reads in a table or a claim's explanation.</summary>
    public static string Format(RankMetric m, double value) => m switch
    {
        RankMetric.PerCapita => $"{value:N2} EUR per person",
        RankMetric.ShareOfGdp => $"{value:0.000}% of GDP",
        _ => value >= 1e9 ? $"{value / 1e9:N2} bn EUR" : value >= 1e6 ? $"{value / 1e6:N1} m EUR" : $"{value:N0} EUR",
    };

    /// <summary>A figure as a chart labels its bar, one decimal: "125.2 bn EUR", "350.0 m EUR", "12.3 EUR per person", "0.12% of GDP".</summary>
    public static string Short(RankMetric m, double value) => m switch
    {
        RankMetric.PerCapita => $"{value:N1} EUR per person",
        RankMetric.ShareOfGdp => value >= 0.1 ? $"{value:0.00}% of GDP" : value >= 0.001 ? $"{value:0.000}% of GDP" : $"{value:0.0000}% of GDP",
        _ => value >= 1e9 ? $"{value / 1e9:N1} bn EUR" : value >= 1e6 ? $"{value / 1e6:N1} m EUR" : $"{value:N0} EUR",
    };
}
