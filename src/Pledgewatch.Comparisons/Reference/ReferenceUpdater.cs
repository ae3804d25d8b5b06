using System.IO.Compression;
using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.PerCapita;
using Pledgewatch.Comparisons.Reference.Importers;

namespace Pledgewatch.Comparisons.Reference;

/// <summary>
/// Rebuilds the comparison files (<see cref="RatesFile"/>, <see cref="IndicatorsFile"/>) from the official files,
/// fetched from their URLs or read from a local directory laid out as ../shared/data. A source that fails is
/// reported and its file left as it was; the others are still written.
/// </summary>
internal sealed class ReferenceUpdater(HttpClient http)
{
    /// <summary>Addresses to fetch; tests point them at a loopback server.</summary>
    public sealed record Urls(string EcbRates, string Population, string Gdp)
    {
        public static Urls Official { get; } = new(ReferenceSources.EcbRates, ReferenceSources.Population, ReferenceSources.Gdp);
    }

    public async Task<UpdateReport> FromUrlsAsync(Urls urls, string outputDirectory, CancellationToken cancel = default)
    {
        var problems = new List<string>();
        var ecb = await FetchAsync(urls.EcbRates, problems, cancel);
        var population = await FetchAsync(urls.Population, problems, cancel);
        var gdp = await FetchAsync(urls.Gdp, problems, cancel);
        return Build(ecb, urls.EcbRates, population, urls.Population, gdp, urls.Gdp, outputDirectory, problems);
    }

    public static UpdateReport FromDirectory(string sourceDirectory, string outputDirectory)
    {
        var problems = new List<string>();
        byte[]? Read(string name)
        {
            var path = Path.Combine(sourceDirectory, name);
            if (File.Exists(path)) return File.ReadAllBytes(path);
            problems.Add($"{name}: not found in {sourceDirectory}");
            return null;
        }
        // The ECB's own name, or the name ../shared/data gives its copy.
        var ecbName = File.Exists(Path.Combine(sourceDirectory, EcbRatesImporter.OfficialFile)) ? EcbRatesImporter.OfficialFile : "ecb-eurofxref-hist.csv";
        var ecb = Read(ecbName);
        return Build(ecb, ecbName, Read(WorldBankImporter.PopulationFile), WorldBankImporter.PopulationFile,
            Read(WorldBankImporter.GdpFile), WorldBankImporter.GdpFile, outputDirectory, problems);
    }

    private static UpdateReport Build(byte[]? ecb, string ecbOrigin, byte[]? population, string populationOrigin, byte[]? gdp, string gdpOrigin, string outputDirectory, List<string> problems)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        var versions = new List<string>();
        if (ecb is not null)
        {
            var csv = Unzip(ecb, EcbRatesImporter.OfficialFile, ecbOrigin, problems);
            if (csv is not null)
            {
                using var reader = new StreamReader(new MemoryStream(csv));
                var rates = EcbRatesImporter.Read(reader, problems, ecbOrigin);
                if (rates.Days.Count > 0)
                {
                    var path = Path.Combine(outputDirectory, RatesFile.FileName);
                    WriteAtomically(path, s => RatesFile.Write(rates, s, ecbOrigin));
                    written.Add(path);
                    versions.Add($"ECB rates: {rates.Version} ({rates.Days.Count} days, {rates.Currencies.Count()} currencies)");
                }
            }
        }
        if (population is not null && gdp is not null)
        {
            var keep = ActorDirectory.Load().IndicatorCodes.ToHashSet(StringComparer.Ordinal);
            var (pop, popVersion) = WorldBankImporter.Read(population, keep, problems, populationOrigin);
            var (gdpSeries, gdpVersion) = WorldBankImporter.Read(gdp, keep, problems, gdpOrigin);
            if (pop.Count > 0 && gdpSeries.Count > 0)
            {
                var indicators = new Indicators(pop, gdpSeries, popVersion, gdpVersion);
                var path = Path.Combine(outputDirectory, IndicatorsFile.FileName);
                WriteAtomically(path, s => IndicatorsFile.Write(indicators, s));
                written.Add(path);
                versions.Add($"World Bank population: {popVersion}");
                versions.Add($"World Bank GDP: {gdpVersion}");
            }
        }
        else if (population is not null || gdp is not null) problems.Add("World Bank: population and GDP are updated together; one of them is missing");
        return new UpdateReport(written, versions, problems);
    }

    private async Task<byte[]?> FetchAsync(string url, List<string> problems, CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync(url, cancel);
            if (!response.IsSuccessStatusCode)
            {
                problems.Add($"{url}: HTTP {(int)response.StatusCode}");
                return null;
            }
            return await response.Content.ReadAsByteArrayAsync(cancel);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            problems.Add($"{url}: {e.Message}");
            return null;
        }
    }

    /// <summary>The named entry of a zip (the ECB ships one), or the bytes themselves when they are not a zip.</summary>
    private static byte[]? Unzip(byte[] bytes, string entry, string origin, List<string> problems)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K') return bytes;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var file = zip.GetEntry(entry) ?? zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
            if (file is null)
            {
                problems.Add($"{origin}: the zip holds no {entry}");
                return null;
            }
            using var s = file.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }
        catch (InvalidDataException e)
        {
            problems.Add($"{origin}: not a readable zip ({e.Message})");
            return null;
        }
    }

    /// <summary>Writes beside the target and renames, so a reader never sees half a file.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp";
        using (var s = File.Create(temporary)) write(s);
        File.Move(temporary, path, overwrite: true);
    }
}
