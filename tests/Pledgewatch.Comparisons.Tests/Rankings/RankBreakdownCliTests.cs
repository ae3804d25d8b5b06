using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Rankings;

/// <summary><c>pledgewatch rank --breakdown</c> as a user runs it: table, CSV, stacked chart, and a bad value.</summary>
public sealed class RankBreakdownCliTests : IDisposable
{
    private readonly SqliteDatabase _db = new();

    public RankBreakdownCliTests()
    {
        var ledger = _db.Open();
        ledger.AddDatasetEntries("news-", [
            (Pledge("FRA", 100_000_000m, "EUR", "2024-06-03", purpose: "military"), Source("news-1")),
            (Pledge("FRA", 30_000_000m, "EUR", "2024-06-03", purpose: "humanitarian"), Source("news-2")),
            (Pledge("DEU", 50_000_000m, "EUR", "2024-06-03", purpose: "energy"), Source("news-3")),
        ], EntryStatus.Accepted, "test");
        Assert.True(ledger.Attach(2, 1, "test").Succeeded);
    }

    public void Dispose() => _db.Dispose();

    private static EntrySource Source(string doc) => new(0, doc, null, null, null, new Evidence(0, 0, 0, "test"), "test");

    [Fact]
    public void TableShowsEachContributorsPartsUnderItsRow()
    {
        var run = CliProcess.Run("rank", "--breakdown", "purpose", "--db", _db.Db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        Assert.Equal("Support, EUR, 2024, coded news, by purpose of the packages' parts", lines[0]);
        Assert.StartsWith("   1  FRA  France", lines[1]);
        Assert.Contains("100.0 m EUR", lines[1]);
        Assert.Matches(@"^ +humanitarian +30\.0 m EUR$", lines[2]);
        Assert.Matches(@"^ +unassigned +70\.0 m EUR$", lines[3]);
        Assert.Matches(@"^ +energy +50\.0 m EUR$", lines[5]);
    }

    [Fact]
    public void CsvHasOneLinePerContributorAndLabelAndTheChartIsStacked()
    {
        var csv = CliProcess.Run("rank", "--breakdown", "instrument", "--format", "csv", "--db", _db.Db);
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",basis,breakdown,breakdown_value", lines[0]);
        Assert.Equal(["FRA,unassigned,100000000", "DEU,unassigned,50000000"], lines[1..].Select(l => $"{l.Split(',')[1]},{string.Join(',', l.Split(',')[^2..])}"));

        var chart = Path.Combine(Path.GetDirectoryName(_db.Db)!, "stacked.svg");
        Assert.Equal(0, CliProcess.Run("rank", "--breakdown", "purpose", "--chart", chart, "--db", _db.Db).ExitCode);
        var svg = File.ReadAllText(chart);
        foreach (var label in (string[])["humanitarian", "unassigned", "energy"]) Assert.Matches($@">\s*{label}\s*<", svg);
    }

    [Fact]
    public void AnUnknownBreakdownIsAUsageError()
    {
        var bad = CliProcess.Run("rank", "--breakdown", "donor", "--db", _db.Db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Single(bad.Stderr.Trim().Split('\n'));
        Assert.Contains("donor", bad.Stderr);
    }
}
