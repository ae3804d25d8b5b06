using System.Globalization;

namespace Pledgewatch.Comparisons.Conversion;

/// <summary>
/// The ECB's daily euro reference rates: for each publication day (a TARGET business day), units of each currency per
/// 1 EUR. Immutable and thread-safe once built. A currency without a rate on a day (the ECB's <c>N/A</c>) holds NaN.
/// </summary>
internal sealed class ExchangeRates
{
    /// <summary>Publication days, ascending, without gaps other than weekends and TARGET holidays.</summary>
    private readonly DateOnly[] _days;

    /// <summary>Per currency (ISO 4217, upper case): one rate per entry of <see cref="_days"/>, NaN where none was published.</summary>
    private readonly Dictionary<string, double[]> _rates;

    public ExchangeRates(DateOnly[] days, Dictionary<string, double[]> rates, string version)
    {
        _days = days;
        _rates = rates;
        Version = version;
    }

    /// <summary>The last publication day as yyyy-MM-dd: what <c>reference show</c> calls the version of the rates.</summary>
    public string Version { get; }

    public IReadOnlyList<DateOnly> Days => _days;

    public IEnumerable<string> Currencies => _rates.Keys.Order(StringComparer.Ordinal);

    public DateOnly? First => _days.Length == 0 ? null : _days[0];

    public DateOnly? Last => _days.Length == 0 ? null : _days[^1];

    /// <summary>
    /// Days after the last publication day for which that day's rate still stands (a long weekend plus a holiday);
    /// later dates have no rate until the rates are updated.
    /// </summary>
    public const int StaleAfterDays = 5;

    /// <summary>
    /// The rate (units per EUR) of <paramref name="currency"/> on the nearest publication day on or before
    /// <paramref name="day"/>; a reason instead when the currency is unknown, the day is outside the table, or the ECB
    /// published no rate for the currency on that day. EUR is always 1 on the day itself.
    /// </summary>
    public RateLookup Lookup(string currency, DateOnly day)
    {
        if (currency == "EUR") return RateLookup.Found(1.0, day);
        if (!_rates.TryGetValue(currency, out var series)) return RateLookup.Missing($"the ECB publishes no rate for {currency}");
        int i = IndexOnOrBefore(day);
        if (i < 0) return RateLookup.Missing($"no ECB rate before {_days.FirstOrDefault():yyyy-MM-dd} (asked for {day:yyyy-MM-dd})");
        if (day.DayNumber - _days[i].DayNumber > StaleAfterDays)
            return RateLookup.Missing($"the rates end on {_days[i]:yyyy-MM-dd} (asked for {day:yyyy-MM-dd}); run 'pledgewatch reference update'");
        var rate = series[i];
        return double.IsNaN(rate)
            ? RateLookup.Missing($"the ECB published no {currency} rate on {_days[i]:yyyy-MM-dd}")
            : RateLookup.Found(rate, _days[i]);
    }

    /// <summary>The mean of the published rates of <paramref name="currency"/> in <paramref name="year"/>; null when there are none.</summary>
    public double? AnnualAverage(string currency, int year)
    {
        if (currency == "EUR") return 1.0;
        if (!_rates.TryGetValue(currency, out var series)) return null;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < _days.Length; i++)
        {
            if (_days[i].Year != year || double.IsNaN(series[i])) continue;
            sum += series[i];
            n++;
        }
        return n == 0 ? null : sum / n;
    }

    /// <summary>Index of the last day on or before <paramref name="day"/>, or -1.</summary>
    private int IndexOnOrBefore(DateOnly day)
    {
        int i = Array.BinarySearch(_days, day);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The rate of one currency on one publication day, for tests and the bundle writer.</summary>
    internal double RateAt(string currency, int dayIndex) => _rates[currency][dayIndex];

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
