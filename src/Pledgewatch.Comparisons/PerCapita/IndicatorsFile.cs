using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pledgewatch.Comparisons.PerCapita;

/// <summary>
/// The bundled World Bank figures, <c>worldbank-indicators.tsv.gz</c>: gzip of UTF-8 text, comment lines
/// <c># population-version&lt;TAB&gt;…</c> and <c># gdp-version&lt;TAB&gt;…</c>, a header, then
/// <c>code&lt;TAB&gt;year&lt;TAB&gt;population&lt;TAB&gt;gdp_usd</c> with an empty cell where the World Bank has none.
/// </summary>
internal static class IndicatorsFile
{
    public const string FileName = "worldbank-indicators.tsv.gz";

    public static void Write(Indicators indicators, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# World Bank SP.POP.TOTL (population) and NY.GDP.MKTP.CD (GDP, current US$), by ISO3 code and year; PDDL 1.0 via the datasets/population and datasets/gdp packages.");
        w.WriteLine("# Written by 'pledgewatch reference update'; countries of countries.tsv and the aggregates of actor-aggregates.tsv only.");
        w.WriteLine($"# population-version\t{indicators.PopulationVersion}");
        w.WriteLine($"# gdp-version\t{indicators.GdpVersion}");
        w.WriteLine("code\tyear\tpopulation\tgdp_usd");
        foreach (var (code, year, population, gdp) in indicators.Rows())
            w.WriteLine($"{code}\t{year}\t{population?.ToString("R", CultureInfo.InvariantCulture)}\t{gdp?.ToString("R", CultureInfo.InvariantCulture)}");
    }

    public static Indicators Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var r = new StreamReader(gzip, Encoding.UTF8);
        var population = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal);
        var gdp = new Dictionary<string, SortedList<int, double>>(StringComparer.Ordinal);
        string populationVersion = "unknown", gdpVersion = "unknown";
        bool header = true;
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (line.StartsWith("# population-version\t", StringComparison.Ordinal)) populationVersion = line[(line.IndexOf('\t') + 1)..];
                if (line.StartsWith("# gdp-version\t", StringComparison.Ordinal)) gdpVersion = line[(line.IndexOf('\t') + 1)..];
                continue;
            }
            if (header) { header = false; continue; }
            var cells = line.Split('\t');
            var year = int.Parse(cells[1], CultureInfo.InvariantCulture);
            if (cells[2].Length > 0) Add(population, cells[0], year, double.Parse(cells[2], CultureInfo.InvariantCulture));
            if (cells.Length > 3 && cells[3].Length > 0) Add(gdp, cells[0], year, double.Parse(cells[3], CultureInfo.InvariantCulture));
        }
        return new Indicators(population, gdp, populationVersion, gdpVersion);
    }

    internal static void Add(Dictionary<string, SortedList<int, double>> table, string code, int year, double value)
    {
        if (!table.TryGetValue(code, out var series)) table[code] = series = [];
        series[year] = value;
    }
}
