using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;

namespace Pledgewatch.Comparisons.Tests.Rankings;

public sealed class RankerTests
{
    private static readonly ActorDirectory Actors = ActorDirectory.Load();

    private static ActorTotals Totals(string actor, double? eur, double? perCapita = null) =>
        new() { Actor = actor, Entries = 1, Eur = eur, EurPerCapita = perCapita, NoRate = eur is null ? 1 : 0 };

    [Fact]
    public void EqualValuesShareARankAndTheNextRankSkips()
    {
        var ranking = Ranker.Build(RankMetric.Total, new RankFilter(), [Totals("FRA", 5), Totals("DEU", 9), Totals("CAN", 5), Totals("NOR", 1)], Actors);
        Assert.Equal([("DEU", 1), ("CAN", 2), ("FRA", 2), ("NOR", 4)], ranking.Rows.Select(r => (r.Actor, r.Rank)));
    }

    [Fact]
    public void SumsThatDifferOnlyInTheLastBitsAreATie()
    {
        var ranking = Ranker.Build(RankMetric.Total, new RankFilter(), [Totals("CAN", 0.1 + 0.2), Totals("FRA", 0.3)], Actors);
        Assert.All(ranking.Rows, r => Assert.Equal(1, r.Rank));
    }

    [Fact]
    public void ActorWithoutAFigureIsListedAsUnrankedNotAsZero()
    {
        var ranking = Ranker.Build(RankMetric.PerCapita, new RankFilter(), [Totals("TWN", 100, null), Totals("CAN", 50, 2)], Actors);
        Assert.Equal(["CAN"], ranking.Rows.Select(r => r.Actor));
        Assert.Contains(ranking.Unranked, u => u.StartsWith("TWN: no population", StringComparison.Ordinal));
        Assert.Equal("EUR per person", ranking.Rows[0].Unit);
        Assert.Equal("Canada", ranking.Rows[0].Name);
    }

    [Fact]
    public void JsonRowsCarryTheContractFields()
    {
        var ranking = Ranker.Build(RankMetric.ShareOfGdp, new RankFilter(), [new ActorTotals { Actor = "EU", Entries = 2, Eur = 10, PctGdp = 0.5 }], Actors);
        using var json = System.Text.Json.JsonDocument.Parse(Pledgewatch.Cli.Commands.RankCommand.Json(ranking.Rows));
        var row = json.RootElement[0];
        Assert.Equal(1, row.GetProperty("rank").GetInt32());
        Assert.Equal("EU", row.GetProperty("actor").GetString());
        Assert.Equal("European Union", row.GetProperty("name").GetString());
        Assert.Equal(0.5, row.GetProperty("value").GetDouble());
        Assert.Equal("percent of GDP", row.GetProperty("unit").GetString());
    }
}
