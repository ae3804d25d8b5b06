using System.Net;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

/// <summary>Events, actors, rankings and claims: read-only resources over the seeded ledger.</summary>
public sealed class ReadApisTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EventsAreTheCodedRecordsWithTheirEntries()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/events?type=SANCTION", Cancel));
        var only = Assert.Single(json["items"]!.AsArray())!;
        Assert.Equal("EU", only["record"]!["actor"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("The EU sanctioned Rosneft.", only["record"]!["evidence"]!["text"]!.GetValue<string>());
        Assert.NotNull(only["entry_id"]);
    }

    [Fact]
    public async Task EventsAsCsvHaveOneRowPerRecord()
    {
        var csv = await (await app.Client().GetAsync("/api/v1/events?format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Equal(8, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task EventsRefuseAnUnknownType()
    {
        var problem = await Json.Problem(await app.Client().GetAsync("/api/v1/events?type=HUG", Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["type"]);
    }

    [Fact]
    public async Task ActorsAreCountedWithCompoundActorsSplit()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/actors", Cancel));
        var counts = json["items"]!.AsArray().ToDictionary(a => a!["code"]!.GetValue<string>(), a => a!["entries"]!.GetValue<long>());
        Assert.Equal(2, counts["CAN"]);
        Assert.Equal(2, counts["DEU"]);
        Assert.Equal(1, counts["EU"]);
    }

    [Fact]
    public async Task OneActorHasItsCategoriesAndStanding()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/actors/deu", Cancel));
        Assert.Equal(1, json["as_actor"]!["AID"]!.GetValue<long>());
        Assert.Equal(1, json["as_recipient"]!.GetValue<long>());
        var standing = json["standing"]!;
        Assert.Equal(1, standing["total"]!["rank"]!.GetValue<int>());
        Assert.Equal(2, standing["per_capita"]!["rank"]!.GetValue<int>());
        Assert.Equal("EUR per person", standing["per_capita"]!["unit"]!.GetValue<string>());
        Assert.Equal(2, standing["share_of_gdp"]!["rank"]!.GetValue<int>());
        Assert.Equal("percent of GDP", standing["share_of_gdp"]!["unit"]!.GetValue<string>());
        await Json.Problem(await app.Client().GetAsync("/api/v1/actors/ZZZ", Cancel), HttpStatusCode.NotFound);
        await Json.Problem(await app.Client().GetAsync("/api/v1/actors/%3Cb%3E", Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RankingByTotalConvertsEveryAmountToEur()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings", Cancel));
        var rows = json["rows"]!.AsArray();
        Assert.Equal(["DEU", "CAN", "FRA"], rows.Select(r => r!["actor"]!.GetValue<string>()));
        Assert.Equal(3_000_000_000m, rows[0]!["value"]!.GetValue<decimal>());
        Assert.All(rows, r => Assert.Equal("EUR", r!["unit"]!.GetValue<string>()));
        // 2.5bn CAD at the ECB rate of late December 2025 (about 1.61 CAD per EUR), not 2.5bn counted as EUR.
        Assert.InRange(rows[1]!["value"]!.GetValue<decimal>(), 1_450_000_000m, 1_650_000_000m);
    }

    [Fact]
    public async Task RankingPerCapitaIsEurPerPerson()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?by=per-capita", Cancel));
        var rows = json["rows"]!.AsArray();
        AssertContractFields(rows, "EUR per person");
        // Canada (2.5bn CAD, about 41m people) gave more per person than Germany (3bn EUR, about 84m).
        Assert.Equal(["CAN", "DEU", "FRA"], rows.Select(r => r!["actor"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], rows.Select(r => r!["rank"]!.GetValue<int>()));
        Assert.Equal("Canada", rows[0]!["name"]!.GetValue<string>());
        Assert.InRange(rows[1]!["value"]!.GetValue<decimal>(), 30m, 40m);
    }

    [Fact]
    public async Task RankingByShareOfGdpIsPercentOfGdp()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?by=share-of-gdp", Cancel));
        var rows = json["rows"]!.AsArray();
        AssertContractFields(rows, "percent of GDP");
        Assert.Equal(["CAN", "DEU", "FRA"], rows.Select(r => r!["actor"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.InRange(r!["value"]!.GetValue<decimal>(), 0.001m, 1m));
    }

    private static void AssertContractFields(System.Text.Json.Nodes.JsonArray rows, string unit)
    {
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.True(row!["rank"]!.GetValue<int>() >= 1);
            Assert.Matches("^[A-Z]{3}$", row["actor"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(row["name"]!.GetValue<string>()));
            Assert.True(row["value"]!.GetValue<decimal>() > 0);
            Assert.Equal(unit, row["unit"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task RankingFiltersByTypeOfSupport()
    {
        var military = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?type=military", Cancel));
        Assert.Equal("FRA", Assert.Single(military["rows"]!.AsArray())!["actor"]!.GetValue<string>());
        var financial = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?type=financial&stage=committed", Cancel));
        Assert.Equal(2_000_000_000m, Assert.Single(financial["rows"]!.AsArray())!["value"]!.GetValue<decimal>());
        var all = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?type=all", Cancel));
        Assert.Equal(3, all["rows"]!.AsArray().Count);
    }

    [Fact]
    public async Task RankingFiltersByDateRangeAndRecipient()
    {
        var december = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?from=2025-12-01&to=2025-12-31", Cancel));
        Assert.Equal("CAN", Assert.Single(december["rows"]!.AsArray())!["actor"]!.GetValue<string>());
        var toPoland = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?recipient=POL", Cancel));
        Assert.Empty(toPoland["rows"]!.AsArray());
    }

    [Theory]
    [InlineData("purpose=military", "purpose")]
    [InlineData("currency=CAD", "currency")]
    [InlineData("type=SANCTION", "type")]
    public async Task RankingRefusesFiltersItCannotApply(string parameter, string error)
    {
        var problem = await Json.Problem(await app.Client().GetAsync($"/api/v1/rankings?{parameter}", Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![error]);
    }

    [Fact]
    public async Task RankingCountsTheStatusesAskedFor()
    {
        // Every seeded entry is a candidate: none is accepted yet, and the default counts candidates.
        var accepted = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?status=accepted", Cancel));
        Assert.Empty(accepted["rows"]!.AsArray());
        Assert.Contains("accepted entries only", accepted["basis"]!.GetValue<string>());
        var candidates = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?status=candidate", Cancel));
        Assert.Equal(["DEU", "CAN", "FRA"], candidates["rows"]!.AsArray().Select(r => r!["actor"]!.GetValue<string>()));
        await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?status=approved", Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RankingByCountSharesRanksOnTies()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?by=count", Cancel));
        var ranks = json["rows"]!.AsArray().ToDictionary(r => r!["actor"]!.GetValue<string>(), r => r!["rank"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["DEU"] = 1, ["CAN"] = 2, ["FRA"] = 2 }, ranks);
    }

    [Fact]
    public async Task RankingRefusesAnUnknownMetric()
    {
        var problem = await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?by=loudest", Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["by"]);
    }

    [Fact]
    public async Task RankingAsCsv()
    {
        var csv = await (await app.Client().GetAsync("/api/v1/rankings?format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.StartsWith("rank,actor,name,value,unit,entries,basis\r\n1,DEU,Germany,3000000000,EUR,2,", csv);
    }

    [Theory]
    [InlineData("Germany gave more than France", "supported")]
    [InlineData("France gave more than Germany", "not_supported")]
    [InlineData("Canada gave more than Germany per capita", "supported")]
    [InlineData("Germany gave more than Canada per capita", "not_supported")]
    [InlineData("Germany is the largest contributor", "supported")]
    [InlineData("Germany is not one of the 2 largest contributors", "not_supported")]
    [InlineData("Norway is the second-largest donor", "cannot_tell")]
    [InlineData("the weather is fine", "cannot_tell")]
    public async Task ClaimsAreChecked(string text, string verdict)
    {
        var json = await Json.Read(await app.Client().GetAsync($"/api/v1/claims?text={Uri.EscapeDataString(text)}", Cancel));
        Assert.Equal(verdict, json["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task AClaimComesWithItsReadingAndFigures()
    {
        var text = "Canada gave more than Germany per capita";
        var json = await Json.Read(await app.Client().GetAsync($"/api/v1/claims?text={Uri.EscapeDataString(text)}", Cancel));
        var reading = json["reading"]!;
        Assert.Equal("more_than", reading["kind"]!.GetValue<string>());
        Assert.Equal("CAN", reading["actor"]!.GetValue<string>());
        Assert.Equal("DEU", reading["other"]!.GetValue<string>());
        Assert.Equal("per-capita", reading["metric"]!.GetValue<string>());
        var figures = json["figures"]!.AsArray();
        Assert.Equal(["CAN", "DEU"], figures.Select(f => f!["actor"]!.GetValue<string>()));
        Assert.All(figures, f => Assert.Equal("EUR per person", f!["unit"]!.GetValue<string>()));
        Assert.Contains("EUR per person", json["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task AClaimIsRequired() =>
        await Json.Problem(await app.Client().GetAsync("/api/v1/claims", Cancel), HttpStatusCode.BadRequest);
}
