using System.Globalization;
using Pledgewatch.Comparisons.Conversion;

namespace Pledgewatch.Comparisons.Reference.Importers;

/// <summary>
/// Reads the ECB's <c>eurofxref-hist.csv</c> as published: a header <c>Date,USD,JPY,…,</c> (with a trailing comma),
/// one line per publication day, newest first, units of currency per 1 EUR, <c>N/A</c> where none. Best effort: a line
/// that cannot be read is reported with its number and skipped.
/// </summary>
internal static class EcbRatesImporter
{
    public const string OfficialFile = "eurofxref-hist.csv";

    public static ExchangeRates Read(TextReader reader, List<string> problems, string origin = OfficialFile)
    {
        var header = reader.ReadLine()?.Split(',');
        if (header is null || header.Length < 2 || header[0] != "Date")
        {
            problems.Add($"{origin}: line 1: not the ECB's header (Date,USD,JPY,…)");
            return new ExchangeRates([], [], "none");
        }
        var currencies = header.Skip(1).Select(h => h.Trim()).ToArray();
        var rows = new List<(DateOnly Day, double[] Values)>();
        int number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (!DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problems.Add($"{origin}: line {number}: '{cells[0]}' is not a date");
                continue;
            }
            var values = new double[currencies.Length];
            for (int i = 0; i < currencies.Length; i++)
            {
                var cell = i + 1 < cells.Length ? cells[i + 1].Trim() : "";
                values[i] = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : double.NaN;
            }
            rows.Add((day, values));
        }
        rows.Sort((a, b) => a.Day.CompareTo(b.Day));
        var days = rows.Select(r => r.Day).ToArray();
        var rates = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int c = 0; c < currencies.Length; c++)
        {
            if (currencies[c].Length != 3) continue; // the trailing comma's empty column
            var series = rows.Select(r => r.Values[c]).ToArray();
            if (series.All(double.IsNaN)) continue;
            rates[currencies[c]] = series;
        }
        var version = days.Length == 0 ? "none" : ExchangeRates.Iso(days[^1]);
        return new ExchangeRates(days, rates, version);
    }
}
