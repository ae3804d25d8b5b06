using System.IO.Compression;
using System.Text;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger.Tests.Support;
using static Pledgewatch.Comparisons.Tests.Support.Some;

namespace Pledgewatch.Comparisons.Tests.Reference;

/// <summary><c>reference update</c> against copies served on 127.0.0.1: no test touches the network.</summary>
public sealed class ReferenceUpdateTests : IDisposable
{
    private const string Population = "Country Name,Country Code,Year,Value\nCanada,CAN,2023,40097761\nCanada,CAN,2024,41288599\nEuro area,EMU,2024,350000000\n";
    private const string Gdp = "Country Name,Country Code,Year,Value\nCanada,CAN,2023,2140086000000\n";

    private readonly string _out = Directory.CreateTempSubdirectory("pledgewatch-reference-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task UpdateFetchesTheOfficialFormatsAndTheNewVersionsAreRead()
    {
        using var server = new LocalServer();
        server.Respond("/eurofxref-hist.zip", "application/zip", Zip(EcbRatesImporterTests.Official));
        server.Respond("/population.csv", "text/csv", Encoding.UTF8.GetBytes(Population));
        server.Respond("/gdp.csv", "text/csv", Encoding.UTF8.GetBytes(Gdp));
        using var http = new HttpClient();
        var urls = new ReferenceUpdater.Urls(server.Root + "/eurofxref-hist.zip", server.Root + "/population.csv", server.Root + "/gdp.csv");

        var report = await new ReferenceUpdater(http).FromUrlsAsync(urls, _out, TestContext.Current.CancellationToken);

        Assert.Empty(report.Problems);
        Assert.Equal(2, report.Written.Count);
        var updated = ComparisonReference.Load(_out);
        Assert.Equal("2022-03-02", updated.Rates.Version);
        Assert.StartsWith("to 2024, sha256 ", updated.Indicators.PopulationVersion);
        Assert.Equal(41288599, updated.Indicators.Population("CAN", 2024)!.Value.Value);
        Assert.Null(updated.Indicators.Population("EMU", 2024)); // aggregates other than the EU's are not kept
        Assert.Equal(_out, Path.GetDirectoryName(updated.RatesOrigin));
        Assert.Equal(1.4120, updated.Rates.Lookup("CAD", Day("2022-03-01")).Rate);
    }

    [Fact]
    public async Task FailedSourceIsReportedAndTheOthersAreStillWritten()
    {
        using var server = new LocalServer();
        server.Respond("/eurofxref-hist.csv", "text/csv", Encoding.UTF8.GetBytes(EcbRatesImporterTests.Official));
        using var http = new HttpClient();
        var urls = new ReferenceUpdater.Urls(server.Root + "/eurofxref-hist.csv", server.Root + "/missing.csv", server.Root + "/gdp.csv");

        var report = await new ReferenceUpdater(http).FromUrlsAsync(urls, _out, TestContext.Current.CancellationToken);

        Assert.Single(report.Written);
        Assert.Contains(report.Problems, p => p.Contains("missing.csv: HTTP 404", StringComparison.Ordinal));
        // Population and GDP fall back to the bundled copy; the rates are the updated ones.
        var mixed = ComparisonReference.Load(_out);
        Assert.Equal("bundled", mixed.IndicatorsOrigin);
        Assert.Equal("2022-03-02", mixed.Rates.Version);
    }

    /// <summary>A zip holding eurofxref-hist.csv, as the ECB ships it.</summary>
    private static byte[] Zip(string csv)
    {
        using var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("eurofxref-hist.csv").Open())) w.Write(csv);
        return m.ToArray();
    }
}
