using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Records;
using Pledgewatch.Comparisons.Tests.Support;
using static Pledgewatch.Comparisons.Tests.PerCapita.NormaliserTests;

namespace Pledgewatch.Comparisons.Tests.Rankings;

/// <summary>How a package's amount divides among the purposes and instruments of its parts (issue 9, "Comparisons").</summary>
public sealed class BreakdownTests
{
    private static readonly Normaliser Normaliser = new(Some.Reference(), new Dictionary<(string, string), GdpBaseline>());

    private static EntryFields Part(decimal value, string currency, string? purpose, string stage = "pledged", params string[] instruments) =>
        Pledge("CAN", value, currency, "2024-12-20", purpose!, stage) with
        {
            Commitment = new Commitment { Amount = new Money(value, currency, "as written"), Purpose = purpose, Stage = stage, Instruments = instruments },
        };

    private static Dictionary<string, double> Shares(EntryFields package, string dimension, params (string Status, EntryFields Fields)[] parts) =>
        Normaliser.Shares(7, package, parts).Where(s => s.Dimension == dimension).ToDictionary(s => s.Label, s => Math.Round(s.Share, 9));

    [Fact]
    public void PartsTakeTheirShareAndTheRestIsUnassigned()
    {
        var package = Part(95m, "EUR", "military");
        (string, EntryFields)[] parts = [("candidate", Part(50m, "EUR", "military", "pledged", "weapons")), ("accepted", Part(2m, "EUR", "humanitarian", "pledged", "equipment", "training"))];
        Assert.Equal(new Dictionary<string, double> { ["military"] = 0.526315789, ["humanitarian"] = 0.021052632, ["unassigned"] = 0.452631579 }, Shares(package, "purpose", parts));
        Assert.Equal(new Dictionary<string, double> { ["weapons"] = 0.526315789, ["equipment+training"] = 0.021052632, ["unassigned"] = 0.452631579 }, Shares(package, "instrument", parts));
    }

    [Fact]
    public void AnEntryWithoutCountedPartsIsItsOwnSinglePart()
    {
        var package = Part(95m, "EUR", "recovery", "pledged", "loan");
        Assert.Equal(new Dictionary<string, double> { ["recovery"] = 1 }, Shares(package, "purpose"));
        Assert.Equal(new Dictionary<string, double> { ["loan"] = 1 }, Shares(package, "instrument"));
        // Rejected parts, parts without an amount and parts merely sought do not count.
        (string, EntryFields)[] uncounted = [("rejected", Part(50m, "EUR", "military")), ("candidate", Part(20m, "EUR", "energy", "sought")),
            ("candidate", Part(1m, "EUR", "energy") with { Commitment = new Commitment { Purpose = "energy", Stage = "pledged" } })];
        Assert.Equal(new Dictionary<string, double> { ["recovery"] = 1 }, Shares(package, "purpose", uncounted));
        Assert.Equal(new Dictionary<string, double> { ["unassigned"] = 1 }, Shares(Part(5m, "EUR", null), "instrument"));
    }

    [Fact]
    public void PartsInAnotherCurrencyAreComparedInEurAndPartsAddingUpToMoreAreScaledToThePackage()
    {
        // 80 m CAD on 2024-12-20 is 50 m EUR (1.6 CAD per EUR): half of a 100 m EUR package.
        var package = Part(100m, "EUR", "military");
        Assert.Equal(new Dictionary<string, double> { ["energy"] = 0.5, ["unassigned"] = 0.5 }, Shares(package, "purpose", ("candidate", Part(80m, "CAD", "energy"))));
        // A part in a currency without a rate is left in the rest.
        Assert.Equal(new Dictionary<string, double> { ["unassigned"] = 1 }, Shares(package, "purpose", ("candidate", Part(80m, "XYZ", "energy"))));
        // 90 + 60 of a 100 package: scaled to 60% and 40%, no rest.
        Assert.Equal(new Dictionary<string, double> { ["energy"] = 0.6, ["military"] = 0.4 },
            Shares(package, "purpose", ("candidate", Part(90m, "EUR", "energy")), ("candidate", Part(60m, "EUR", "military"))));
    }

    [Fact]
    public void RowsCarryTheirBreakdownInTheMetricsUnitLargestFirstUnassignedLast()
    {
        var ranking = Ranker.Build(RankMetric.PerCapita, new RankFilter(), [new ActorTotals { Actor = "CAN", Entries = 1, Eur = 100, EurPerCapita = 10 }], ActorDirectory.Load());
        var split = Ranker.WithBreakdown(ranking, Breakdowns.Purpose, [
            new BreakdownRow { Actor = "CAN", Label = "unassigned", Eur = 60, EurPerCapita = 6 },
            new BreakdownRow { Actor = "CAN", Label = "energy", Eur = 10, EurPerCapita = 1 },
            new BreakdownRow { Actor = "CAN", Label = "military", Eur = 30, EurPerCapita = 3 },
        ]);
        Assert.Equal([new RankShare("military", 3), new RankShare("energy", 1), new RankShare("unassigned", 6)], split.Rows[0].Breakdown);
        Assert.Equal(Breakdowns.Purpose, split.Breakdown);
        using var json = System.Text.Json.JsonDocument.Parse(Pledgewatch.Cli.Commands.RankCommand.Json(split.Rows, withBreakdown: true));
        Assert.Equal("military", json.RootElement[0].GetProperty("breakdown")[0].GetProperty("label").GetString());
        using var plain = System.Text.Json.JsonDocument.Parse(Pledgewatch.Cli.Commands.RankCommand.Json(ranking.Rows));
        Assert.False(plain.RootElement[0].TryGetProperty("breakdown", out _));
    }
}
