using System.Globalization;
using Pledgewatch.Comparisons.Rankings;

namespace Pledgewatch.Web.Pages;

/// <summary>Figures as pages show them: short, with their unit ("125.2 bn EUR", "12.3 EUR per person", "0.12% of GDP").</summary>
internal static class Figures
{
    /// <param name="unit">A ranking's unit: EUR, EUR per person, percent of GDP, or commitments.</param>
    public static string Short(decimal value, string unit) => unit switch
    {
        "EUR" => RankMetrics.Short(RankMetric.Total, (double)value),
        "EUR per person" => RankMetrics.Short(RankMetric.PerCapita, (double)value),
        "percent of GDP" => RankMetrics.Short(RankMetric.ShareOfGdp, (double)value),
        _ => $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)} {unit}",
    };

    /// <summary>An amount converted to EUR, or a dash with the reason as a tooltip when there is none.</summary>
    public static Html Eur(double? eur, bool quantified) => eur is double v
        ? Html.Text(RankMetrics.Short(RankMetric.Total, v))
        : quantified ? Html.Raw("""<span title="No ECB rate for this currency and date">—</span>""") : Html.Empty;
}
