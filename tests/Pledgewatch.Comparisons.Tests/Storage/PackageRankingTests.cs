using System.Text.Json;
using Pledgewatch.Comparisons.Kiel;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Storage;

/// <summary>Rankings over packages and their parts (issue 9): wholes counted once, breakdowns by the parts, on every database.</summary>
public abstract class PackageRankingTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly ComparisonReference Bundled = ComparisonReference.Load(null);

    private static EventRecord Record(string id, decimal amount, string? partOf, string purpose, params string[] instruments) => new()
    {
        Doc = "aus-package",
        Id = id,
        EventType = "AGREE",
        Actor = [new EntityRef("Australia", "AUS", "GOV")],
        Recipient = [new EntityRef("Ukraine", "UKR")],
        Date = new EventDate(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 2), "on Monday"),
        Commitment = new Commitment { Amount = new Money(amount, "AUD", "as written"), Purpose = purpose, Instruments = instruments, Stage = "pledged", PartOf = partOf },
        Evidence = new Evidence(0, 0, 10, "Australia announced a further $95 million."),
    };

    private static (EntryFields, EntrySource) News(string doc, EntryFields fields) =>
        (fields, new EntrySource(0, doc, null, null, null, new Evidence(0, 0, 0, "test"), "test"));

    private static Dictionary<string, double> Split(RankRow row) => row.Breakdown.ToDictionary(s => s.Label, s => Math.Round(s.Value, 3));

    [Fact]
    public void PackageWithThreePartsCountsOnceAndItsPartsBreakItDown()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        var store = new Ranker(new ComparisonStore(ledger, Bundled));
        ledger.Ingest(new StoredDocument("aus-package", "Australia announced a further $95 million.", null, null, "test", null, "AUS", new DateOnly(2026, 2, 2)), [
            Record("e1", 95_000_000m, null, "military"),
            Record("e2", 50_000_000m, "e1", "military", "weapons"),
            Record("e3", 2_000_000m, "e1", "military", "equipment"),
            Record("e4", 43_000_000m, "e1", "humanitarian", "in_kind"),
        ], "test");
        ledger.Ingest(new StoredDocument("nato-fund", "The $50 million for the NATO fund.", null, null, "test", null, "AUS", new DateOnly(2026, 2, 4)),
            [Record("e1", 50_000_000m, null, "military", "weapons") with { Doc = "nato-fund" }], "test");

        var eur = Bundled.Converter.Convert(95_000_000, "AUD", new DateOnly(2026, 2, 2)).Eur!.Value;
        var row = store.Rank(RankMetric.Total, new RankFilter()).Rows.Single();
        Assert.Equal(("AUS", 1L), (row.Actor, row.Entries));
        Assert.Equal(eur, row.Value, 3);

        var byPurpose = store.Rank(RankMetric.Total, new RankFilter(), Breakdowns.Purpose).Rows.Single();
        Assert.Equal(new Dictionary<string, double> { ["military"] = Math.Round(eur * 52 / 95, 3), ["humanitarian"] = Math.Round(eur * 43 / 95, 3) }, Split(byPurpose));
        var byInstrument = store.Rank(RankMetric.PerCapita, new RankFilter(), Breakdowns.Instrument).Rows.Single();
        Assert.Equal(["weapons", "in_kind", "equipment"], byInstrument.Breakdown.Select(s => s.Label));
        Assert.Equal(byInstrument.Value, byInstrument.Breakdown.Sum(s => s.Value), 9);
    }

    [Fact]
    public void AttachDetachEditAndRejectionOfPartsChangeTheRankingAtOnce()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            News("news-1", Pledge("FRA", 100m, "EUR", "2024-06-03", purpose: "military")),
            News("news-2", Pledge("FRA", 30m, "EUR", "2024-06-03", purpose: "humanitarian")),
            News("news-3", Pledge("DEU", 120m, "EUR", "2024-06-03", purpose: "energy")),
        ], EntryStatus.Candidate, "test");
        var ranker = new Ranker(new ComparisonStore(ledger, Bundled));
        RankRow France() => ranker.Rank(RankMetric.Total, new RankFilter(), Breakdowns.Purpose).Find("FRA")!;
        Assert.Equal((130.0, 2L), (France().Value, France().Entries));
        Assert.Equal(["DEU", "FRA"], ranker.Rank(RankMetric.Total, new RankFilter()).Rows.Select(r => r.Actor).Reverse());

        Assert.True(ledger.Attach(2, 1, "test").Succeeded);
        Assert.Equal((100.0, 1L), (France().Value, France().Entries));
        Assert.Equal(new Dictionary<string, double> { ["humanitarian"] = 30, ["unassigned"] = 70 }, Split(France()));
        Assert.Equal(["DEU", "FRA"], ranker.Rank(RankMetric.Total, new RankFilter()).Rows.Select(r => r.Actor));

        ledger.Edit(2, "test", f => f with { Commitment = f.Commitment! with { Purpose = "recovery", Amount = new Money(40m, "EUR", "40") } });
        Assert.Equal(new Dictionary<string, double> { ["recovery"] = 40, ["unassigned"] = 60 }, Split(France()));
        Assert.True(ledger.SetStatus(2, EntryStatus.Rejected, "test").Succeeded);
        Assert.Equal(new Dictionary<string, double> { ["military"] = 100 }, Split(France()));
        Assert.True(ledger.SetStatus(2, EntryStatus.Candidate, "test").Succeeded);

        Assert.True(ledger.Detach(2, "test").Succeeded);
        Assert.Equal((140.0, 2L), (France().Value, France().Entries));
        Assert.Equal(new Dictionary<string, double> { ["military"] = 100, ["recovery"] = 40 }, Split(France()));
    }

    [Fact]
    public void KielRankingsAreThoseOfTheBuildBeforePartsAndBreakDownByTheTrackersKinds()
    {
        var kiel = SharedFolder.Require("data/kiel-ust-r29");
        using var db = new TDatabase();
        var ledger = db.Open();
        var release = KielImporter.Read(kiel, []);
        var store = new ComparisonStore(ledger, Bundled);
        store.SaveBaselines(DatasetSources.Kiel, release.Baselines);
        ledger.AddDatasetEntries(release.DocPrefix, release.Entries, EntryStatus.Accepted, "test", DatasetSources.Kiel);
        var ranker = new Ranker(store);

        foreach (var (file, metric, filter) in new[]
        {
            ("kiel-r29-rank-total.json", RankMetric.Total, new RankFilter(Dataset: DatasetSources.Kiel)),
            ("kiel-r29-rank-per-capita.json", RankMetric.PerCapita, new RankFilter(Dataset: DatasetSources.Kiel)),
            ("kiel-r29-rank-share-of-gdp.json", RankMetric.ShareOfGdp, new RankFilter(Dataset: DatasetSources.Kiel)),
            ("kiel-r29-rank-total-military.json", RankMetric.Total, new RankFilter(Type: "military", Dataset: DatasetSources.Kiel)),
        })
        {
            using var before = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kiel", "Samples", file)));
            var expected = before.RootElement.EnumerateArray()
                .Select(r => (r.GetProperty("rank").GetInt32(), r.GetProperty("actor").GetString(), r.GetProperty("value").GetDouble(), r.GetProperty("entries").GetInt64())).ToList();
            var now = ranker.Rank(metric, filter, Breakdowns.Purpose);
            // The same sums, up to the last bits a database's summing order may change (the samples come from SQLite).
            Assert.Equal(expected.Select(e => (e.Item1, e.Item2, e.Item4)), now.Rows.Select(r => (r.Rank, (string?)r.Actor, r.Entries)));
            Assert.All(expected.Zip(now.Rows), x => Assert.Equal(x.First.Item3, x.Second.Value, Math.Abs(x.First.Item3) * 1e-12));
            foreach (var row in now.Rows)
            {
                Assert.Equal(row.Value, row.Breakdown.Sum(s => s.Value), Math.Max(1e-9, Math.Abs(row.Value) * 1e-12));
                Assert.All(row.Breakdown, s => Assert.Contains(s.Label, (string[])["financial", "humanitarian", "military"]));
            }
        }
        // Breakdowns follow the tracker's kinds: the United States' military support is its total of type military.
        var military = ranker.Rank(RankMetric.Total, new RankFilter(Type: "military", Dataset: DatasetSources.Kiel)).Find("USA")!.Value;
        Assert.Equal(military, ranker.Rank(RankMetric.Total, new RankFilter(Dataset: DatasetSources.Kiel), Breakdowns.Purpose).Find("USA")!.Breakdown.Single(s => s.Label == "military").Value, 1e-3);
    }
}
