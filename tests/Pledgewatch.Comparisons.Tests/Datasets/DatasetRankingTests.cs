using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Datasets;

/// <summary>
/// Datasets never mixed by accident (issue 10): each dataset ranks its own figures; the combined view counts a
/// commitment present in an import and in the coded news once. A small generated pair, on every database.
/// </summary>
public abstract class DatasetRankingTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly ComparisonReference Bundled = ComparisonReference.Load(null);

    private static (EntryFields, EntrySource) Row(string doc, EntryFields fields) =>
        (fields, new EntrySource(0, doc, null, null, null, new Evidence(0, 0, 0, "test"), "test"));

    /// <summary>
    /// The tracker: Canada 100 m and France 40 m in February 2023. The news: Canada 100.5 m on 10 February (the same
    /// commitment, within 1%), Germany 30 m, and France 40 m in March (another month: another commitment).
    /// </summary>
    private static LedgerStore Pair(TestDatabase db)
    {
        var ledger = db.Open();
        ledger.AddDatasetEntries("kiel-ust-test/", [
            Row("kiel-ust-test/CAN/2023-02", Pledge("CAN", 100_000_000m, "EUR", "2023-02-01", stage: "committed")),
            Row("kiel-ust-test/FRA/2023-02", Pledge("FRA", 40_000_000m, "EUR", "2023-02-01", stage: "committed")),
        ], EntryStatus.Accepted, "test", DatasetSources.Kiel);
        ledger.AddDatasetEntries("news-", [
            Row("news-can", Pledge("CAN", 100_500_000m, "EUR", "2023-02-10")),
            Row("news-deu", Pledge("DEU", 30_000_000m, "EUR", "2023-02-10")),
            Row("news-fra", Pledge("FRA", 40_000_000m, "EUR", "2023-03-06")),
        ], EntryStatus.Candidate, "test");
        return ledger;
    }

    private static List<(string, double)> Figures(Ranker ranker, string dataset) =>
        [.. ranker.Rank(RankMetric.Total, new RankFilter(Dataset: dataset)).Rows.Select(r => (r.Actor, Math.Round(r.Value / 1e6, 3)))];

    [Fact]
    public void TheSameCommitmentInTheKielImportAndInCodedNewsCountsOnceInAllAndEachDatasetRanksItsOwnFigures()
    {
        using var db = new TDatabase();
        var ledger = Pair(db);
        var ranker = new Ranker(new ComparisonStore(ledger, Bundled));

        Assert.Equal([("CAN", 100.5), ("DEU", 30.0), ("FRA", 40.0)], Figures(ranker, Dataset.News).OrderBy(x => x.Item1));
        Assert.Equal([("CAN", 100.0), ("FRA", 40.0)], Figures(ranker, DatasetSources.Kiel));
        Assert.Equal([("CAN", 100.0), ("FRA", 80.0), ("DEU", 30.0)], Figures(ranker, Dataset.All));

        var news = ledger.Entries(new EntryFilter(Actor: "CAN", Dataset: Dataset.News)).Single();
        var kiel = ledger.Entries(new EntryFilter(Actor: "CAN", Dataset: DatasetSources.Kiel)).Single();
        Assert.Equal(kiel.Id, news.SameAs);
        Assert.Equal([news.Id], ledger.SameCommitments(kiel.Id));
        Assert.All(ledger.Entries(EntryFilter.All).Where(e => e.Id != news.Id), e => Assert.Null(e.SameAs));
        // Lists of the combined view show the commitment once, as the import's entry.
        var combined = ledger.QueryEntries(new EntryQuery(Actor: "CAN", Dataset: Dataset.All)).Items.Select(l => l.Entry.Id);
        Assert.Equal([kiel.Id], combined);
    }

    [Fact]
    public void AnEditThatMakesTheCodedEntryAnotherAmountUndoesTheMatch()
    {
        using var db = new TDatabase();
        var ledger = Pair(db);
        var ranker = new Ranker(new ComparisonStore(ledger, Bundled));
        Assert.Contains(("CAN", 100.0), Figures(ranker, Dataset.All));
        var news = ledger.Entries(new EntryFilter(Actor: "CAN", Dataset: Dataset.News)).Single();

        Assert.True(ledger.Edit(news.Id, "rita", f => f with { Commitment = f.Commitment! with { Amount = new Money(150_000_000m, "EUR", "150 m") } }).Succeeded);

        Assert.Contains(("CAN", 250.0), Figures(ranker, Dataset.All));
        Assert.Null(ledger.GetEntry(news.Id)!.SameAs);
        // A rejected coded entry is not matched either: the import counts, and the rejected entry does not.
        Assert.True(ledger.Edit(news.Id, "rita", f => f with { Commitment = f.Commitment! with { Amount = new Money(100_000_000m, "EUR", "100 m") } }).Succeeded);
        Assert.True(ledger.SetStatus(news.Id, EntryStatus.Rejected, "rita").Succeeded);
        Assert.Contains(("CAN", 100.0), Figures(ranker, Dataset.All));
        Assert.Null(ledger.GetEntry(news.Id)!.SameAs);
    }

    [Fact]
    public void AmountsSortAndFilterInEurWhateverTheirCurrency()
    {
        using var db = new TDatabase();
        var ledger = db.Open();
        ledger.AddDatasetEntries("news-", [
            Row("news-jpy", Pledge("JPN", 22_000_000_000m, "JPY", "2023-02-10")),
            Row("news-eur", Pledge("DEU", 18_000_000_000m, "EUR", "2023-02-10")),
            Row("news-uah", Pledge("POL", 900_000_000_000m, "UAH", "2023-02-10")),
        ], EntryStatus.Candidate, "test");
        new ComparisonStore(ledger, Bundled).Refresh();

        var sorted = ledger.QueryEntries(new EntryQuery(Sort: "-amount", Dataset: Dataset.News)).Items.Select(l => EntryFields.Codes(l.Entry.Fields.Actor));
        // The yen amount is about 150 m EUR; the hryvnia has no ECB rate, so it has no EUR figure and sorts last.
        Assert.Equal(["DEU", "JPN", "POL"], sorted);
        var yen = ledger.Entries(new EntryFilter(Actor: "JPN")).Single().AmountEur!.Value;
        Assert.InRange(yen, 140e6, 170e6);
        Assert.Null(ledger.Entries(new EntryFilter(Actor: "POL")).Single().AmountEur);
        Assert.Equal(["DEU"], ledger.QueryEntries(new EntryQuery(MinEur: 1e9)).Items.Select(l => EntryFields.Codes(l.Entry.Fields.Actor)));
        Assert.Equal(["JPN"], ledger.QueryEntries(new EntryQuery(MinEur: 1e8, MaxEur: 1e9)).Items.Select(l => EntryFields.Codes(l.Entry.Fields.Actor)));
        // An edit clears the EUR figure until the next refresh converts the new amount.
        var japan = ledger.Entries(new EntryFilter(Actor: "JPN")).Single();
        Assert.True(ledger.Edit(japan.Id, "rita", f => f with { Commitment = f.Commitment! with { Amount = new Money(44_000_000_000m, "JPY", "44 bn") } }).Succeeded);
        Assert.Null(ledger.GetEntry(japan.Id)!.AmountEur);
        new ComparisonStore(ledger, Bundled).Refresh();
        Assert.Equal(yen * 2, ledger.GetEntry(japan.Id)!.AmountEur!.Value, yen * 1e-9);
    }
}
