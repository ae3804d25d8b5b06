using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.Reference.Importers;
using static Pledgewatch.Comparisons.Tests.Support.Some;

namespace Pledgewatch.Comparisons.Tests.Reference;

public sealed class EcbRatesImporterTests
{
    internal const string Official = """
        Date,USD,JPY,RUB,CAD,
        2022-03-02,1.1112,128.1,N/A,1.4111,
        2022-03-01,1.1139,128.3,N/A,1.4120,
        2022-02-28,1.1216,129.2,117.2,1.4252,
        """;

    [Fact]
    public void OfficialFileIsReadNewestLastWithNaWithoutRate()
    {
        var problems = new List<string>();
        var rates = EcbRatesImporter.Read(new StringReader(Official), problems);
        Assert.Empty(problems);
        Assert.Equal("2022-03-02", rates.Version);
        Assert.Equal(["CAD", "JPY", "RUB", "USD"], rates.Currencies);
        Assert.Equal(117.2, rates.Lookup("RUB", Day("2022-02-28")).Rate);
        Assert.False(rates.Lookup("RUB", Day("2022-03-01")).HasRate);
    }

    [Fact]
    public void BundleFormatRoundTripsEveryRate()
    {
        var rates = EcbRatesImporter.Read(new StringReader(Official), []);
        using var stream = new MemoryStream();
        RatesFile.Write(rates, stream, "test");
        stream.Position = 0;
        var back = RatesFile.Read(stream);
        Assert.Equal(rates.Version, back.Version);
        Assert.Equal(1.4120, back.Lookup("CAD", Day("2022-03-01")).Rate);
        Assert.False(back.Lookup("RUB", Day("2022-03-02")).HasRate);
    }

    [Fact]
    public void BadLinesAreReportedWithTheirNumberAndSkipped()
    {
        var problems = new List<string>();
        var rates = EcbRatesImporter.Read(new StringReader(Official + "\nnot-a-date,1.0,\n"), problems);
        Assert.Single(problems);
        Assert.Contains("line 5", problems[0]);
        Assert.Equal(3, rates.Days.Count);
    }
}
