using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Records;
using Pledgewatch.Comparisons.Tests.Support;
using static Pledgewatch.Comparisons.Tests.Support.Some;

namespace Pledgewatch.Comparisons.Tests.PerCapita;

public sealed class NormaliserTests
{
    private static readonly Dictionary<(string, string), GdpBaseline> NoBaselines = [];

    internal static EntryFields Pledge(string actor, decimal value, string currency, string day, string purpose = "military", string stage = "pledged", params string[] more) => new()
    {
        EventType = "AGREE",
        Actor = [new EntityRef(actor, actor), .. more.Select(m => new EntityRef(m, m))],
        Recipient = [new EntityRef("Ukraine", "UKR")],
        Date = new EventDate(Day(day), Day(day), null),
        Commitment = new Commitment { Amount = new Money(value, currency, "as written"), Purpose = purpose, Stage = stage },
    };

    [Fact]
    public void PerCapitaUsesThePopulationOfTheEntrysYear()
    {
        // 80 m CAD on 2024-12-20 (1.6 CAD/EUR) = 50 m EUR; 40 m Canadians in 2024 → 1.25 EUR per person.
        var row = new Normaliser(Some.Reference(), NoBaselines).Rows(1, "candidate", Pledge("CAN", 80_000_000m, "CAD", "2024-12-20"), "news").Single();
        Assert.Equal(50e6, row.Eur!.Value, 3);
        Assert.Equal(1.25, row.EurPerCapita!.Value, 9);
        Assert.Equal(2024, row.PopulationYear);
    }

    [Fact]
    public void MissingYearFallsBackToTheLatestAvailableAndSaysWhichYear()
    {
        // Norway's population and GDP are only known for 2023.
        var row = new Normaliser(Some.Reference(), NoBaselines).Rows(1, "accepted", Pledge("NOR", 10_000_000m, "EUR", "2024-12-20"), "news").Single();
        Assert.Equal(2, row.EurPerCapita!.Value, 9);
        Assert.Equal(2023, row.PopulationYear);
        // GDP 2023 would be converted at the mean USD rate of 2023, which the test table does not have: no share, no guess.
        Assert.Null(row.PctGdp);
    }

    [Fact]
    public void ShareOfGdpDividesByGdpInEurAtTheYearsAverageRate()
    {
        // 2024 mean USD rate of the test table: (1.0 + 1.1 + 1.2 + 1.25 + 1.5) / 5 = 1.21; GDP 2,000 bn USD = 1,652.89 bn EUR.
        var row = new Normaliser(Some.Reference(), NoBaselines).Rows(1, "accepted", Pledge("CAN", 1_652_892_561.98m * 1.6m, "CAD", "2024-12-20"), "news").Single();
        Assert.Equal(0.1, row.PctGdp!.Value, 4);
    }

    [Fact]
    public void DatasetBaselineReplacesTheWorldBankGdpForItsOwnEntries()
    {
        var baselines = new Dictionary<(string, string), GdpBaseline> { [("kiel", "CAN")] = new(1_000e9, "Kiel tracker GDP baseline") };
        var n = new Normaliser(Some.Reference(), baselines);
        Assert.Equal(1.0, n.Rows(1, "accepted", Pledge("CAN", 10e9m, "EUR", "2024-12-20"), "kiel").Single().PctGdp!.Value, 9);
        Assert.NotEqual(1.0, n.Rows(1, "accepted", Pledge("CAN", 10e9m, "EUR", "2024-12-20"), "news").Single().PctGdp!.Value, 3);
    }

    [Fact]
    public void UnconvertibleAmountIsKeptWithItsReasonAndNoFigures()
    {
        var row = new Normaliser(Some.Reference(), NoBaselines).Rows(1, "accepted", Pledge("CAN", 5_000_000m, "UAH", "2024-12-20"), "news").Single();
        Assert.Null(row.Eur);
        Assert.Null(row.EurPerCapita);
        Assert.Null(row.PctGdp);
        Assert.Contains("UAH", row.Problem);
    }

    [Fact]
    public void SoughtWithdrawnAndUnquantifiedEntriesAreNotContributions()
    {
        var n = new Normaliser(Some.Reference(), NoBaselines);
        Assert.Empty(n.Rows(1, "accepted", Pledge("CAN", 1m, "EUR", "2024-12-20", stage: "sought"), "news"));
        Assert.Empty(n.Rows(1, "accepted", Pledge("CAN", 1m, "EUR", "2024-12-20", stage: "withdrawn"), "news"));
        // A rejected entry keeps its row, marked, so that rankings can leave it out or count it on request.
        Assert.Equal("rejected", Assert.Single(n.Rows(1, "rejected", Pledge("CAN", 1m, "EUR", "2024-12-20"), "news")).Status);
        var unquantified = Pledge("CAN", 1m, "EUR", "2024-12-20");
        Assert.Empty(n.Rows(1, "accepted", unquantified with { Commitment = unquantified.Commitment! with { Amount = null } }, "news"));
    }

    [Fact]
    public void CompoundActorsShareTheAmountEqually()
    {
        var rows = new Normaliser(Some.Reference(), NoBaselines).Rows(1, "accepted", Pledge("CAN", 30m, "EUR", "2024-12-20", "military", "pledged", "NOR"), "news").ToList();
        Assert.Equal(["CAN", "NOR"], rows.Select(r => r.Actor));
        Assert.All(rows, r => Assert.Equal(15, r.Eur!.Value, 9));
    }
}
