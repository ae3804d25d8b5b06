using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Records;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Dedup;

public sealed class DocumentPartsTests
{
    private static EventRecord Part(string id, string? partOf) => Commitment("doc", id, "AUS", 1m, "AUD", "2026-02-02", partOf);

    [Fact]
    public void PackagesAreFiledBeforeTheirPartsWhereverTheReportNamesThem()
    {
        // "$50 million for the NATO fund and $2 million for drones, part of a $95 million package, and $1 million of that for spares."
        EventRecord[] records = [Part("e1", "e3"), Part("e2", "e3"), Part("e3", null), Part("e4", "e2")];
        var packages = DocumentParts.Packages(records);
        Assert.Equal([2, 2, null, 1], packages);
        Assert.Equal([[2], [0, 1], [3]], DocumentParts.FilingLevels(packages));
    }

    [Theory]
    [InlineData("e9")] // names no record of the document
    [InlineData("e1")] // names itself
    [InlineData("e2")] // names a record without a commitment
    public void PartOfThatNamesNoPackageLeavesAWhole(string partOf)
    {
        EventRecord[] records = [Part("e1", partOf), Meeting("doc", "AUS", "UKR", Day("2026-02-02")) with { Id = "e2" }];
        Assert.Equal([null, null], DocumentParts.Packages(records));
    }

    [Fact]
    public void ALoopDropsTheLinksOfItsMembersOnly()
    {
        EventRecord[] records = [Part("e1", "e2"), Part("e2", "e3"), Part("e3", "e2"), Part("e4", null), Part("e5", "e4")];
        Assert.Equal([1, null, null, null, 3], DocumentParts.Packages(records));
    }

    [Fact]
    public void RecordsWithoutIdsAreWholes()
    {
        EventRecord[] records = [Part("", null), Part("", "")];
        Assert.Equal([null, null], DocumentParts.Packages(records));
        Assert.Equal([[0, 1]], DocumentParts.FilingLevels(DocumentParts.Packages(records)));
    }
}
