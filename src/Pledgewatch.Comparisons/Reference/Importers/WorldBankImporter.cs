using System.Globalization;
using System.Security.Cryptography;
using Pledgewatch.Comparisons.PerCapita;
using Pledgewatch.Reference;

namespace Pledgewatch.Comparisons.Reference.Importers;

/// <summary>
/// Reads a World Bank indicator as the datasets/population and datasets/gdp packages publish it
/// (<c>Country Name,Country Code,Year,Value</c>, regional aggregates mixed in), keeping only the codes asked for and
/// the years from <see cref="FirstYear"/>. Best effort: unreadable lines are reported with their number and skipped.
/// </summary>
internal static class WorldBankImporter
{
    public const string PopulationFile = "worldbank-population.csv";
    public const string GdpFile = "worldbank-gdp-current-usd.csv";

    /// <summary>The first year kept: the ECB rates start in 1999, so earlier figures could not be used for shares of GDP.</summary>
    public const int FirstYear = 1999;

    /// <summary>The series of each kept code, and a version: the latest year and the first 12 hex digits of the file's SHA-256.</summary>
    public static (Dictionary<string, SortedList<int, double>> Series, string Version) Read(byte[] file, ISet<string> keep, List<string> problems, string origin)
    {
        var series = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal);
        using var reader = new StreamReader(new MemoryStream(file));
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("Country Name,Country Code,Year,Value", StringComparison.Ordinal))
        {
            problems.Add($"{origin}: line 1: not the World Bank data package header (Country Name,Country Code,Year,Value)");
            return (series, "none");
        }
        int number = 1, latest = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var cells = TableFile.SplitCsv(line);
            if (cells.Length < 4
                || !int.TryParse(cells[^2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                || !double.TryParse(cells[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add($"{origin}: line {number}: not 'name,code,year,value'");
                continue;
            }
            var code = cells[^3];
            if (year < FirstYear || !keep.Contains(code)) continue;
            IndicatorsFile.Add(series, code, year, value);
            latest = Math.Max(latest, year);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(file))[..12];
        return (series, $"to {latest}, sha256 {hash}");
    }
}
