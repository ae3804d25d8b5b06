using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>
/// An ingest run lists each folder's metadata files once (<see cref="MetadataListing"/>) instead of looking for two
/// files beside every report; what a report's metadata files say must not change with it.
/// </summary>
public sealed class MetadataListingTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private readonly string _dir = Directory.CreateTempSubdirectory("pledgewatch-listing-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string name, string text = "")
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void EveryReportGetsTheSameMetadataWithTheListingAsWithALookUpPerReport()
    {
        var reports = new[] { "meta.txt", "gold.txt", "both.txt", "none.txt", "upper.txt", "sub/nested.txt", ".hidden.txt", "bad.txt" }
            .Select(name => Write(name, "Canada said it would send armoured vehicles to Ukraine.\n")).ToList();
        Write("meta.meta.json", """{"published": "2024-02-19", "country": "jpn", "title": "Japan"}""");
        Write("gold.gold.json", """{"published": "2023-02-25", "outlet_country": "CAN"}""");
        Write("both.meta.json", """{"country": "NOR"}""");
        Write("both.gold.json", """{"published": "2022-07-04"}""");
        // Another case than the report's: a different file where names are case-sensitive, the same one where they are not.
        Write("UPPER.META.JSON", """{"country": "POL"}""");
        Write("sub/nested.meta.json", """{"published": "2021-03-01"}""");
        Write(".hidden.meta.json", """{"country": "FIN"}""");
        Write("bad.meta.json", """{"country": "XXX"}""");
        Write("unrelated.json", """{"country": "DEU"}""");

        var listing = new MetadataListing();
        foreach (var report in reports)
        {
            var (looked, lookedError) = MetadataFiles.Beside(report, Today);
            var (listed, listedError) = MetadataFiles.Beside(report, Today, listing);
            Assert.Equal(lookedError, listedError);
            Assert.Equal(looked, listed);
        }
        // The cases above are not all empty: the listing found what the look-ups found.
        Assert.Equal([new DocumentMetadata(MetadataBasis.Meta, null, "NOR"), new DocumentMetadata(MetadataBasis.Gold, new DateOnly(2022, 7, 4))],
            MetadataFiles.Beside(Path.Combine(_dir, "both.txt"), Today, listing).Found);
        Assert.Contains("country 'XXX'", MetadataFiles.Beside(Path.Combine(_dir, "bad.txt"), Today, listing).Error);
        Assert.Equal("FIN", Assert.Single(MetadataFiles.Beside(Path.Combine(_dir, ".hidden.txt"), Today, listing).Found).Country);
    }

    [Fact]
    public void AFolderIsListedOnceSoAMetadataFileWrittenLaterIsNotSeenByTheSameRun()
    {
        var first = Write("first.txt");
        var second = Write("second.txt");
        var listing = new MetadataListing();
        Assert.Empty(MetadataFiles.Beside(first, Today, listing).Found);

        Write("second.meta.json", """{"country": "CAN"}""");

        Assert.Empty(MetadataFiles.Beside(second, Today, listing).Found);
        Assert.Equal("CAN", Assert.Single(MetadataFiles.Beside(second, Today, new MetadataListing()).Found).Country);
        Assert.Equal("CAN", Assert.Single(MetadataFiles.Beside(second, Today).Found).Country);
    }

    [Fact]
    public void AListedMetadataFileDeletedBeforeItsReportIsCodedIsNotReadNorAnError()
    {
        var report = Write("gone.txt");
        var meta = Write("gone.meta.json", """{"country": "CAN"}""");
        var listing = new MetadataListing();
        Assert.Empty(MetadataFiles.Beside(Write("other.txt"), Today, listing).Found);

        File.Delete(meta);

        var (found, error) = MetadataFiles.Beside(report, Today, listing);
        Assert.Empty(found);
        Assert.Null(error);
    }
}
