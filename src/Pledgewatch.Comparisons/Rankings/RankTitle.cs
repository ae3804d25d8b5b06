using System.Globalization;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>
/// The title of a ranking as a sentence, for tables, charts and pages: what is ranked, the unit, the years the figures
/// span, and the filters, e.g. "Military support per person, EUR, 2022–2026, to UKR, coded news". Pure.
/// </summary>
internal static class RankTitle
{
    public static string Of(Ranking ranking)
    {
        var f = ranking.Filter;
        var what = f.Type is null ? "Support" : char.ToUpperInvariant(f.Type[0]) + f.Type[1..] + " support";
        var parts = new List<string>
        {
            ranking.Metric switch
            {
                RankMetric.PerCapita => $"{what} per person, EUR",
                RankMetric.ShareOfGdp => $"{what} as a share of GDP, percent",
                _ => $"{what}, EUR",
            },
        };
        if (Years(f, ranking.Period) is { } years) parts.Add(years);
        if (f.Recipient is not null) parts.Add($"to {f.Recipient}");
        if (f.Stage is not null) parts.Add($"{f.Stage} only");
        if (f.Statuses is not null) parts.Add(f.Statuses.Replace(",", " or ", StringComparison.Ordinal) + " entries");
        parts.Add(Dataset(f.Dataset));
        if (ranking.Breakdown is not null) parts.Add($"by {ranking.Breakdown} of the packages' parts");
        return string.Join(", ", parts);
    }

    /// <summary>How a dataset reads in a title or a note.</summary>
    public static string Dataset(string dataset) => dataset switch
    {
        Ledger.Dataset.News => "coded news",
        Storage.DatasetSources.Kiel => "Kiel tracker",
        Ledger.Dataset.All => "all datasets, each commitment once",
        _ => $"dataset {dataset}",
    };

    /// <summary>"2022–2026", "2024", or the filter's dates when they cut into a year.</summary>
    private static string? Years(RankFilter f, (DateOnly First, DateOnly Last)? period)
    {
        if (f.From is not null || f.To is not null)
        {
            static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
            return $"{Day(f.From)} to {Day(f.To)}";
        }
        if (period is not { } p) return null;
        return p.First.Year == p.Last.Year
            ? p.First.Year.ToString(CultureInfo.InvariantCulture)
            : $"{p.First.Year.ToString(CultureInfo.InvariantCulture)}–{p.Last.Year.ToString(CultureInfo.InvariantCulture)}";
    }
}
