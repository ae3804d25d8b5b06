using Pledgewatch.Comparisons.Claims;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;

namespace Pledgewatch.Comparisons.Tests.Claims;

public sealed class ClaimCheckerTests
{
    private static readonly ActorDirectory Actors = ActorDirectory.Load();
    private static readonly ClaimReader Reader = new(ClaimLexicon.Load(Actors));

    /// <summary>NOR 9, DNK 8, CAN 5, FRA 5, DEU 3, ITA 2, POL 1 (any metric); TWN has no figure.</summary>
    private static Ranking Fixed(RankMetric metric, RankFilter filter)
    {
        var values = new (string, double?)[] { ("NOR", 9), ("DNK", 8), ("CAN", 5), ("FRA", 5), ("DEU", 3), ("ITA", 2), ("POL", 1), ("TWN", null) };
        return Ranker.Build(metric, filter, values.Select(v => new ActorTotals
        {
            Actor = v.Item1, Entries = 1, Eur = v.Item2 ?? 1, EurPerCapita = v.Item2, PctGdp = v.Item2,
        }), Actors);
    }

    private static ClaimResult Check(string claim) => new ClaimChecker(Fixed).Check(Reader.Read(claim), new RankFilter());

    [Theory]
    [InlineData("Canada is one of the largest per capita contributors to Ukraine's recovery", "Supported")]
    [InlineData("France is one of the three largest donors per capita", "Supported")]
    [InlineData("Germany is one of the three largest donors per capita", "NotSupported")]
    [InlineData("Denmark is the second-largest donor as a share of GDP", "Supported")]
    [InlineData("Norway is the second-largest donor as a share of GDP", "NotSupported")]
    [InlineData("Poland is the smallest donor relative to GDP", "Supported")]
    [InlineData("Norway is not one of the largest donors relative to GDP", "NotSupported")]
    [InlineData("Taiwan is one of the largest donors per capita", "CannotTell")]
    [InlineData("Japan is one of the largest donors per capita", "CannotTell")]
    [InlineData("The largest donors are generous", "CannotTell")]
    public void RankClaimVerdicts(string claim, string expected) => Assert.Equal(expected, Check(claim).Verdict.ToString());

    [Theory]
    [InlineData("Germany gave more than Italy per capita", "Supported")]
    [InlineData("Italy gave more than Germany per capita", "NotSupported")]
    [InlineData("Canada gave more than France per capita", "NotSupported")]
    [InlineData("Poland gave less than Italy per capita", "Supported")]
    [InlineData("Japan gave more than Italy per capita", "CannotTell")]
    public void ComparisonVerdicts(string claim, string expected) => Assert.Equal(expected, Check(claim).Verdict.ToString());

    [Fact]
    public void FiguresHoldTheTopAndTheClaimedActorWithTheirRanks()
    {
        var result = Check("Germany is one of the three largest donors per capita");
        Assert.Equal([("NOR", 1), ("DNK", 2), ("CAN", 3), ("FRA", 3), ("DEU", 5)], result.Figures.Select(f => (f.Actor, f.Rank)));
        Assert.Contains("ranks 5 of 7", result.Reason);
    }
}
