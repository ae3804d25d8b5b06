using System.Globalization;
using Pledgewatch.Comparisons.Kiel;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Reference;
using Pledgewatch.Records;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Storage;

/// <summary>Normalised values and rankings in the database, written once and run on every provider (STYLE.md §6).</summary>
public abstract class ComparisonStoreTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly ComparisonReference Bundled = ComparisonReference.Load(null);

    private static (EntryFields, EntrySource) News(string doc, EntryFields fields) =>
        (fields, new EntrySource(0, doc, null, null, null, new Evidence(0, 0, 0, "test"), "test"));

    [Fact]
    public void RankingFollowsEditsRejectionsAndNewEntries()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            News("news-1", Pledge("CAN", 100m, "EUR", "2024-06-03")),
            News("news-2", Pledge("FRA", 300m, "EUR", "2024-06-03")),
            News("news-3", Pledge("DEU", 200m, "EUR", "2024-06-03", purpose: "humanitarian")),
        ], EntryStatus.Candidate, "test");
        var store = new ComparisonStore(ledger, Bundled);
        var ranker = new Ranker(store);
        Assert.Equal(["FRA", "DEU", "CAN"], ranker.Rank(RankMetric.Total, new RankFilter()).Rows.Select(r => r.Actor));
        Assert.Equal(["FRA", "CAN"], ranker.Rank(RankMetric.Total, new RankFilter(Type: "military")).Rows.Select(r => r.Actor));

        var france = ledger.Entries(new Ledger.Export.EntryFilter { Actor = "FRA" }).Single();
        Assert.True(ledger.SetStatus(france.Id, EntryStatus.Rejected, "test").Error is null);
        var canada = ledger.Entries(new Ledger.Export.EntryFilter { Actor = "CAN" }).Single();
        ledger.Edit(canada.Id, "test", f => f with { Commitment = f.Commitment! with { Amount = new Money(500m, "EUR", "500") } });
        ledger.AddDatasetEntries("news-", [News("news-4", Pledge("NOR", 250m, "EUR", "2024-06-04"))], EntryStatus.Candidate, "test");

        var rows = ranker.Rank(RankMetric.Total, new RankFilter()).Rows;
        Assert.Equal([("CAN", 500.0), ("NOR", 250.0), ("DEU", 200.0)], rows.Select(r => (r.Actor, Math.Round(r.Value, 6))));
    }

    [Fact]
    public void CountsRejectedAndUnreviewedEntriesOnlyWhenAsked()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            News("news-1", Pledge("CAN", 100m, "EUR", "2024-06-03")),
            News("news-2", Pledge("FRA", 300m, "EUR", "2024-06-03")),
            News("news-3", Pledge("DEU", 200m, "EUR", "2024-06-03")),
        ], EntryStatus.Candidate, "test");
        Assert.True(ledger.SetStatus(ledger.Entries(new Ledger.Export.EntryFilter { Actor = "CAN" }).Single().Id, EntryStatus.Accepted, "test").Error is null);
        Assert.True(ledger.SetStatus(ledger.Entries(new Ledger.Export.EntryFilter { Actor = "FRA" }).Single().Id, EntryStatus.Rejected, "test").Error is null);
        var ranker = new Ranker(new ComparisonStore(ledger, Bundled));
        string[] Actors(params string[] statuses) =>
            [.. ranker.Rank(RankMetric.Total, new RankFilter(Statuses: RankFilter.StatusesOf(statuses))).Rows.Select(r => r.Actor)];

        Assert.Equal(["DEU", "CAN"], Actors());
        Assert.Equal(["DEU", "CAN"], Actors("candidate", "accepted"));
        Assert.Equal(["CAN"], Actors("accepted"));
        Assert.Equal(["FRA"], Actors("rejected"));
        Assert.Equal(["FRA", "DEU", "CAN"], Actors("rejected", "accepted", "candidate"));
    }

    [Fact]
    public void TablesOfAnOlderLayoutAreRebuilt()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [News("news-1", Pledge("CAN", 100m, "EUR", "2024-06-03"))], EntryStatus.Accepted, "test");
        using (var c = ledger.OpenConnection())
        {
            // The first layout: no status column, and a state that says the values are up to date.
            Dapper.SqlMapper.Execute(c, """
                CREATE TABLE comparison_values (entry_id BIGINT NOT NULL, actor TEXT NOT NULL);
                CREATE TABLE comparison_totals (actor TEXT NOT NULL);
                CREATE TABLE comparison_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                """);
        }
        var row = new Ranker(new ComparisonStore(ledger, Bundled)).Rank(RankMetric.Total, new RankFilter()).Rows.Single();
        Assert.Equal(("CAN", 100.0), (row.Actor, row.Value));
    }

    [Fact]
    public void FiltersOnDatesStageRecipientAndSource()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            News("news-1", Pledge("CAN", 100m, "EUR", "2024-06-03")),
            News("news-2", Pledge("CAN", 50m, "EUR", "2025-01-06", stage: "delivered")),
            News("news-3", Pledge("FRA", 70m, "EUR", "2025-01-06") with { Recipient = [new EntityRef("Moldova", "MDA")] }),
        ], EntryStatus.Accepted, "test");
        var ranker = new Ranker(new ComparisonStore(ledger, Bundled));
        double Total(RankFilter f, string actor) => ranker.Rank(RankMetric.Total, f).Find(actor)?.Value ?? 0;
        Assert.Equal(50, Total(new RankFilter(From: Pledgewatch.Comparisons.Tests.Support.Some.Day("2025-01-01")), "CAN"));
        Assert.Equal(100, Total(new RankFilter(To: Pledgewatch.Comparisons.Tests.Support.Some.Day("2024-12-31")), "CAN"));
        Assert.Equal(50, Total(new RankFilter(Stage: "delivered"), "CAN"));
        // Dates inside a month read the rows; a range across months adds whole months from the totals.
        Assert.Equal(100, Total(new RankFilter(From: Pledgewatch.Comparisons.Tests.Support.Some.Day("2024-06-03"), To: Pledgewatch.Comparisons.Tests.Support.Some.Day("2024-06-03")), "CAN"));
        Assert.Equal(0, Total(new RankFilter(From: Pledgewatch.Comparisons.Tests.Support.Some.Day("2024-06-04"), To: Pledgewatch.Comparisons.Tests.Support.Some.Day("2025-01-05")), "CAN"));
        Assert.Equal(150, Total(new RankFilter(From: Pledgewatch.Comparisons.Tests.Support.Some.Day("2024-06-02"), To: Pledgewatch.Comparisons.Tests.Support.Some.Day("2025-01-06")), "CAN"));
        Assert.Equal(0, Total(new RankFilter(Recipient: "UKR"), "FRA"));
        Assert.Equal(70, Total(new RankFilter(Recipient: "MDA"), "FRA"));
        Assert.Equal(0, Total(new RankFilter(Dataset: "kiel"), "CAN"));
    }

    [Fact]
    public void UnconvertedAmountsAreCountedAsExcludedNotAsZero()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            News("news-1", Pledge("CAN", 100m, "EUR", "2024-06-03")),
            News("news-2", Pledge("CAN", 1_000_000m, "UAH", "2024-06-03")),
        ], EntryStatus.Accepted, "test");
        var row = new Ranker(new ComparisonStore(ledger, Bundled)).Rank(RankMetric.Total, new RankFilter()).Rows.Single();
        Assert.Equal((100.0, 1L, 1L), (row.Value, row.Entries, row.Excluded));
        Assert.Contains("without an exchange rate", row.Basis);
    }

    [Fact]
    public void KielShareOfGdpReproducesTheTrackersPublishedFiguresForEveryDonor()
    {
        var kiel = SharedFolder.Require("data/kiel-ust-r29");
        using var db = new TDatabase();
        var ledger = db.Open();
        var problems = new List<string>();
        var release = KielImporter.Read(kiel, problems);
        Assert.Empty(problems);
        var store = new ComparisonStore(ledger, Bundled);
        store.SaveBaselines(DatasetSources.Kiel, release.Baselines);
        Assert.Equal((release.Entries.Count, 0), ledger.AddDatasetEntries(release.DocPrefix, release.Entries, EntryStatus.Accepted, "test", DatasetSources.Kiel));
        Assert.Equal((0, release.Entries.Count), ledger.AddDatasetEntries(release.DocPrefix, release.Entries, EntryStatus.Accepted, "test", DatasetSources.Kiel));

        var ranking = new Ranker(store).Rank(RankMetric.ShareOfGdp, new RankFilter(Dataset: DatasetSources.Kiel));
        var published = File.ReadAllLines(Path.Combine(kiel, "eu_aid_shares.csv")).Skip(1).Select(TableFile.SplitCsv).ToList();
        Assert.Equal(27, published.Count);
        foreach (var p in published)
        {
            var expected = double.Parse(p[2], CultureInfo.InvariantCulture);
            var row = ranking.Find(p[1]);
            Assert.True(row is not null, $"{p[1]} is not ranked");
            Assert.True(Math.Abs(row.Value - expected) <= 0.02, $"{p[1]}: {row.Value:0.0000}% of GDP, the tracker publishes {expected}%");
        }
    }
}
