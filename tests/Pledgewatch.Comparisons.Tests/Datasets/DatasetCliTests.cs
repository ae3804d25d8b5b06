using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Datasets;

/// <summary><c>--dataset</c> on rank, claim, export and ledger list as a user runs them, and the chart they draw.</summary>
public sealed class DatasetCliTests : IDisposable
{
    private readonly SqliteDatabase _db = new();

    public DatasetCliTests()
    {
        var ledger = _db.Open();
        ledger.AddDatasetEntries("kiel-ust-test/", [
            (Pledge("CAN", 100_000_000m, "EUR", "2023-02-01", stage: "committed"), Source("kiel-ust-test/CAN/2023-02")),
            (Pledge("GBR", 2_000_000_000m, "EUR", "2023-02-01", stage: "committed"), Source("kiel-ust-test/GBR/2023-02")),
        ], EntryStatus.Accepted, "test", DatasetSources.Kiel);
        ledger.AddDatasetEntries("news-", [
            (Pledge("CAN", 100_500_000m, "EUR", "2023-02-10"), Source("news-can")),
            (Pledge("DEU", 30_000_000m, "EUR", "2024-05-10", purpose: "humanitarian"), Source("news-deu")),
        ], EntryStatus.Candidate, "test");
    }

    public void Dispose() => _db.Dispose();

    private static EntrySource Source(string doc) => new(0, doc, null, null, null, new Evidence(0, 0, 0, "test"), "test");

    private static string[] Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    [Fact]
    public void RankReadsOneDatasetAtATimeAndAllCountsACommitmentOnce()
    {
        var news = CliProcess.Run("rank", "--db", _db.Db);
        var kiel = CliProcess.Run("rank", "--dataset", "kiel", "--db", _db.Db);
        var all = CliProcess.Run("rank", "--dataset", "all", "--format", "csv", "--db", _db.Db);

        Assert.Equal("Support, EUR, 2023–2024, coded news", Lines(news.Stdout)[0]);
        Assert.Equal(["CAN", "DEU"], Lines(news.Stdout)[1..].Select(l => l[6..9]));
        Assert.Equal("Support, EUR, 2023, Kiel tracker", Lines(kiel.Stdout)[0]);
        Assert.Equal(["GBR", "CAN"], Lines(kiel.Stdout)[1..].Select(l => l[6..9]));
        Assert.Equal(["GBR,2000000000", "CAN,100000000", "DEU,30000000"], Lines(all.Stdout)[1..].Select(l => string.Join(',', l.Split(',')[1], l.Split(',')[3])));
        Assert.Equal(0, CliProcess.Run("rank", "--source", "kiel", "--db", _db.Db).ExitCode);
    }

    [Fact]
    public void AnUnknownDatasetIsAUsageErrorNotAnEmptyAnswer()
    {
        foreach (var command in new[] { new[] { "rank" }, ["claim", "Canada gave more than Germany"], ["export", "--format", "csv"], ["ledger", "list"] })
        {
            var run = CliProcess.Run([.. command, "--dataset", "kiell", "--db", _db.Db]);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("pledgewatch: --dataset: this ledger has no dataset 'kiell' (it has news, kiel; 'all' combines them)", run.Stderr.Trim());
        }
        Assert.Equal(2, CliProcess.Run("rank", "--dataset", "Not A Name", "--db", _db.Db).ExitCode);
    }

    [Fact]
    public void ExportAndLedgerListShowTheNewsUnlessAskedAndClaimsTakeADataset()
    {
        Assert.Equal(3, Lines(CliProcess.Run("export", "--format", "csv", "--db", _db.Db).Stdout).Length);
        Assert.Equal(3, Lines(CliProcess.Run("export", "--format", "csv", "--dataset", "kiel", "--db", _db.Db).Stdout).Length);
        // Every entry of every dataset, each naming its dataset; the coded entry that is the tracker's Canadian row says so.
        var all = Lines(CliProcess.Run("export", "--format", "csv", "--dataset", "all", "--db", _db.Db).Stdout);
        Assert.Equal(5, all.Length);
        Assert.EndsWith(",amount_eur,dataset,same_as", all[0]);
        var kielCanada = all.Single(l => l.Contains(",CAN,", StringComparison.Ordinal) && l.Contains(",kiel,", StringComparison.Ordinal)).Split(',')[0];
        var newsCanada = all.Single(l => l.Contains(",CAN,", StringComparison.Ordinal) && l.Contains(",news,", StringComparison.Ordinal));
        Assert.EndsWith($",100500000,news,{kielCanada}", newsCanada);
        // A header and the two coded entries; an empty answer names the dataset it looked in.
        Assert.Equal(3, Lines(CliProcess.Run("ledger", "list", "--db", _db.Db).Stdout).Length);
        Assert.Equal("pledgewatch: no entry matches these filters (2 entries in the dataset 'news'; drop --status, --actor or --type to see them)",
            CliProcess.Run("ledger", "list", "--status", "rejected", "--db", _db.Db).Stderr.Trim());
        var claim = CliProcess.Run("claim", "The United Kingdom gave more than Canada", "--dataset", "kiel", "--db", _db.Db);
        Assert.Contains("verdict:  supported", claim.Stdout);
        Assert.Contains("Kiel tracker", claim.Stdout);
    }

    [Fact]
    public void ListingADatasetWithoutEntriesNamesTheDatasetsThatHaveThem()
    {
        using var db = new SqliteDatabase();
        db.Open().AddDatasetEntries("kiel-ust-test/", [
            (Pledge("CAN", 100_000_000m, "EUR", "2023-02-01", stage: "committed"), Source("kiel-ust-test/CAN/2023-02")),
        ], EntryStatus.Accepted, "test", DatasetSources.Kiel);

        var run = CliProcess.Run("ledger", "list", "--db", db.Db);

        Assert.Equal((0, ""), (run.ExitCode, run.Stdout));
        Assert.Equal("pledgewatch: the dataset 'news' has no entries; this ledger has kiel (1 entry): list them with --dataset NAME, or --dataset all", run.Stderr.Trim());
    }

    [Fact]
    public void TheChartHonoursTopAndSaysItsFiguresAndTitleInWords()
    {
        var chart = Path.Combine(Path.GetDirectoryName(_db.Db)!, "top.svg");
        var run = CliProcess.Run("rank", "--dataset", "all", "--top", "2", "--chart", chart, "--db", _db.Db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var svg = File.ReadAllText(chart);
        Assert.Contains("Support, EUR, 2023–2024, all datasets, each commitment once", svg);
        Assert.Contains("2.0 bn EUR", svg);
        Assert.Contains("100.0 m EUR", svg);
        Assert.DoesNotContain("Germany", svg);
        Assert.Equal(2, CliProcess.Run("rank", "--top", "0", "--db", _db.Db).ExitCode);
    }
}
