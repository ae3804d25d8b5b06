namespace Pledgewatch.Comparisons.PerCapita;

/// <summary>
/// Population and GDP (current US dollars) by country or aggregate code and year, from the World Bank. Immutable and
/// thread-safe. Lookups fall back to the latest year available before the one asked for (or the earliest after it),
/// and say which year they used.
/// </summary>
internal sealed class Indicators
{
    private readonly Dictionary<string, SortedList<int, double>> _population;
    private readonly Dictionary<string, SortedList<int, double>> _gdpUsd;

    public Indicators(Dictionary<string, SortedList<int, double>> population, Dictionary<string, SortedList<int, double>> gdpUsd, string populationVersion, string gdpVersion)
    {
        _population = population;
        _gdpUsd = gdpUsd;
        PopulationVersion = populationVersion;
        GdpVersion = gdpVersion;
    }

    public string PopulationVersion { get; }

    public string GdpVersion { get; }

    public IEnumerable<string> Codes => _population.Keys.Union(_gdpUsd.Keys).Order(StringComparer.Ordinal);

    /// <summary>Persons living in <paramref name="code"/> in <paramref name="year"/>, or the nearest year available.</summary>
    public YearValue? Population(string code, int year) => Find(_population, code, year);

    /// <summary>GDP in current US dollars of <paramref name="code"/> in <paramref name="year"/>, or the nearest year available.</summary>
    public YearValue? GdpUsd(string code, int year) => Find(_gdpUsd, code, year);

    internal IEnumerable<(string Code, int Year, double? Population, double? GdpUsd)> Rows()
    {
        foreach (var code in Codes)
        {
            var years = new SortedSet<int>();
            if (_population.TryGetValue(code, out var p)) years.UnionWith(p.Keys);
            if (_gdpUsd.TryGetValue(code, out var g)) years.UnionWith(g.Keys);
            foreach (var y in years)
                yield return (code, y, p is not null && p.TryGetValue(y, out var pv) ? pv : null, g is not null && g.TryGetValue(y, out var gv) ? gv : null);
        }
    }

    private static YearValue? Find(Dictionary<string, SortedList<int, double>> table, string code, int year)
    {
        if (!table.TryGetValue(code, out var series) || series.Count == 0) return null;
        if (series.TryGetValue(year, out var exact)) return new YearValue(exact, year, year);
        // The latest year before the one asked for; failing that (a year before the series starts), the earliest.
        int best = -1;
        for (int i = 0; i < series.Count; i++)
        {
            if (series.Keys[i] < year) best = i;
            else break;
        }
        if (best < 0) best = 0;
        return new YearValue(series.Values[best], series.Keys[best], year);
    }
}
