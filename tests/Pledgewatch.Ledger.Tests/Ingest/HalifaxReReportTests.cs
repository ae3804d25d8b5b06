using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>
/// The seed report re-reports the Halifax pledge (issue 3, "De-duplication"): with an earlier report of it, written in
/// our own words (Samples/halifax-pledge-2025-12-28.txt), the ledger has one entry with both as sources. The coder
/// decides what is coded; this test needs it to code the pledge in both reports and skips, saying so, until it does.
/// </summary>
public sealed class HalifaxReReportTests
{
    [Fact]
    public void EarlierReportAndSeedReportAreOneEntryWithTwoSources()
    {
        var seed = Path.Combine(SharedFolder.Require("corpus/seed"), "carney-paris-2026-01-05.txt");
        var earlier = Path.Combine(AppContext.BaseDirectory, "Samples", "halifax-pledge-2025-12-28.txt");
        using var db = new SqliteDatabase();
        var store = db.Open();
        var summary = new IngestRunner(store, CodingPipeline.Create(), new IngestOptions(Country: "CAN"), new NullObserver()).Run([earlier, seed], TestContext.Current.CancellationToken);
        Assert.Equal(0, summary.Failed);

        var pledges = store.Entries(new EntryFilter(Actor: "CAN"))
            .Where(e => e.Fields.Commitment?.Amount is { Value: 2_500_000_000m, Currency: "CAD" })
            .ToList();
        Assert.SkipWhen(pledges.Sum(p => p.Sources.Count) < 2, "the coder does not yet code the Halifax pledge in both reports (entities stage pending)");
        var entry = Assert.Single(pledges);
        Assert.Equal(["halifax-pledge-2025-12-28", "carney-paris-2026-01-05"], entry.Sources.Select(s => s.Doc));
    }

    private sealed class NullObserver : IIngestObserver
    {
        public void Failed(string message) => Assert.Fail(message);

        public void Done(string source) { }
    }
}
