using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pledgewatch.Comparisons.Conversion;

/// <summary>
/// The bundled form of the ECB rates, <c>ecb-rates.tsv.gz</c>: gzip of UTF-8 text, comment lines starting with '#'
/// (one is <c># version&lt;TAB&gt;yyyy-MM-dd</c>), a header <c>day&lt;TAB&gt;USD&lt;TAB&gt;…</c>, then one line per
/// publication day, oldest first; an empty cell is no rate. Values are written as the ECB publishes them (round trip).
/// </summary>
internal static class RatesFile
{
    public const string FileName = "ecb-rates.tsv.gz";

    public static void Write(ExchangeRates rates, Stream output, string source)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# ECB euro foreign exchange reference rates: units of currency per 1 EUR; empty = none published.");
        w.WriteLine("# Source: European Central Bank, eurofxref-hist (reuse with the source acknowledged). Written by 'pledgewatch reference update'.");
        w.WriteLine($"# from\t{source}");
        w.WriteLine($"# version\t{rates.Version}");
        var currencies = rates.Currencies.ToArray();
        w.WriteLine("day\t" + string.Join('\t', currencies));
        var line = new StringBuilder();
        for (int i = 0; i < rates.Days.Count; i++)
        {
            line.Clear().Append(ExchangeRates.Iso(rates.Days[i]));
            foreach (var c in currencies)
            {
                line.Append('\t');
                var v = rates.RateAt(c, i);
                if (!double.IsNaN(v)) line.Append(v.ToString("R", CultureInfo.InvariantCulture));
            }
            w.WriteLine(line);
        }
    }

    public static ExchangeRates Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var r = new StreamReader(gzip, Encoding.UTF8);
        string version = "unknown";
        string[]? currencies = null;
        var days = new List<DateOnly>();
        var columns = new List<List<double>>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (line.StartsWith("# version\t", StringComparison.Ordinal)) version = line["# version\t".Length..];
                continue;
            }
            var cells = line.Split('\t');
            if (currencies is null)
            {
                currencies = cells[1..];
                foreach (var _ in currencies) columns.Add([]);
                continue;
            }
            days.Add(DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (int c = 0; c < currencies.Length; c++)
            {
                var cell = c + 1 < cells.Length ? cells[c + 1] : "";
                columns[c].Add(cell.Length == 0 ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }
        var rates = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int c = 0; c < (currencies?.Length ?? 0); c++) rates[currencies![c]] = [.. columns[c]];
        return new ExchangeRates([.. days], rates, version);
    }
}
