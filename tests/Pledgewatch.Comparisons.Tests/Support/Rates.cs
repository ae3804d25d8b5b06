using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.PerCapita;
using Pledgewatch.Comparisons.Reference;

namespace Pledgewatch.Comparisons.Tests.Support;

/// <summary>Small reference tables with round numbers, so expected values can be worked out by hand.</summary>
internal static class Some
{
    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Rates on Thu 2024-12-19, Fri 2024-12-20, Mon 2024-12-23, Tue 2024-12-24, Fri 2024-12-27 (no rates on the 25th and
    /// 26th: TARGET holidays): USD 1.0 / 1.1 / 1.2 / 1.25 / 1.5, CAD 1.5 / 1.6 / 1.5 / 1.5 / 2.0, RUB only on the 19th.
    /// </summary>
    public static ExchangeRates Rates()
    {
        DateOnly[] days = [Day("2024-12-19"), Day("2024-12-20"), Day("2024-12-23"), Day("2024-12-24"), Day("2024-12-27")];
        var rates = new Dictionary<string, double[]>(StringComparer.Ordinal)
        {
            ["USD"] = [1.0, 1.1, 1.2, 1.25, 1.5],
            ["CAD"] = [1.5, 1.6, 1.5, 1.5, 2.0],
            ["RUB"] = [100, double.NaN, double.NaN, double.NaN, double.NaN],
        };
        return new ExchangeRates(days, rates, "2024-12-27");
    }

    /// <summary>Canada 40 million people in 2023 and 2024, GDP 2,000 bn USD in 2024; Norway 5 million, GDP 500 bn USD in 2023 only.</summary>
    public static Indicators Indicators()
    {
        var population = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal)
        {
            ["CAN"] = new() { [2023] = 40e6, [2024] = 40e6 },
            ["NOR"] = new() { [2023] = 5e6 },
        };
        var gdp = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal)
        {
            ["CAN"] = new() { [2024] = 2000e9 },
            ["NOR"] = new() { [2023] = 500e9 },
        };
        return new Indicators(population, gdp, "test population", "test gdp");
    }

    public static ComparisonReference Reference() => new()
    {
        Rates = Rates(),
        Indicators = Indicators(),
        Actors = ActorDirectory.Load(),
        RatesOrigin = "test",
        IndicatorsOrigin = "test",
    };
}
