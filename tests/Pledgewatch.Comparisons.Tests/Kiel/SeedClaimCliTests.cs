using System.Text.Json;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Comparisons.Tests.Kiel;

/// <summary>The seed report's claim, end to end through the CLI on the Kiel data with World Bank population.</summary>
public sealed class SeedClaimCliTests : IDisposable
{
    private readonly SqliteDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void CanadaIsNotAmongTheFiveLargestPerCapitaContributorsOnTheKielData()
    {
        var kiel = SharedFolder.Require("data/kiel-ust-r29");
        var import = CliProcess.Run("import", "kiel", kiel, "--db", _db.Db);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("imported 1450 entries", import.Stdout);

        var claim = CliProcess.Run("claim", "Canada is one of the largest per capita contributors to Ukraine's recovery", "--db", _db.Db, "--format", "json", "--dataset", "kiel");
        Assert.True(claim.ExitCode == 0, claim.Stderr);
        using var json = JsonDocument.Parse(claim.Stdout);
        var root = json.RootElement;
        Assert.Equal("not_supported", root.GetProperty("verdict").GetString());
        var reading = root.GetProperty("reading");
        Assert.Equal(("CAN", "per-capita", 5, "UKR"), (reading.GetProperty("actor").GetString(), reading.GetProperty("metric").GetString(),
            reading.GetProperty("rank_threshold").GetInt32(), reading.GetProperty("recipient").GetString()));
        var canada = root.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("actor").GetString() == "CAN");
        Assert.True(canada.GetProperty("rank").GetInt32() > 5);
        Assert.Equal("EUR per person", canada.GetProperty("unit").GetString());
    }

    [Fact]
    public void BadOptionsGiveOneLineAndAUsageExitCode()
    {
        var bad = CliProcess.Run("rank", "--by", "per-capita", "--recipient", "Ukraine!", "--db", _db.Db);
        Assert.Equal(2, bad.ExitCode);
        Assert.Single(bad.Stderr.Trim().Split('\n'));
        var chart = CliProcess.Run("rank", "--chart", Path.Combine(Path.GetTempPath(), "x.gif"), "--db", _db.Db);
        Assert.Equal(2, chart.ExitCode);
        Assert.Contains(".svg or .png", chart.Stderr);
        var status = CliProcess.Run("rank", "--status", "accepted,approved", "--db", _db.Db);
        Assert.Equal(2, status.ExitCode);
        Assert.Contains("not 'approved'", status.Stderr);
    }
}
