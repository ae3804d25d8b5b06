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
        Assert.Equal(1, json["standing"]!["total"]!["rank"]!.GetValue<int>());
        await Json.Problem(await app.Client().GetAsync("/api/v1/actors/ZZZ", Cancel), HttpStatusCode.NotFound);
        await Json.Problem(await app.Client().GetAsync("/api/v1/actors/%3Cb%3E", Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RankingByTotalUsesTheMostCommonCurrency()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings", Cancel));
        var rows = json["rows"]!.AsArray();
        Assert.Equal(["DEU", "FRA"], rows.Select(r => r!["actor"]!.GetValue<string>()));
        Assert.Equal(3_000_000_000m, rows[0]!["value"]!.GetValue<decimal>());
        Assert.Equal("EUR", rows[0]!["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task RankingFiltersByPurposeAndCurrency()
    {
        var military = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?purpose=military", Cancel));
        Assert.Equal("FRA", Assert.Single(military["rows"]!.AsArray())!["actor"]!.GetValue<string>());
        var cad = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?currency=CAD", Cancel));
        Assert.Equal("CAN", Assert.Single(cad["rows"]!.AsArray())!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task RankingByCountSharesRanksOnTies()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?by=count", Cancel));
        var ranks = json["rows"]!.AsArray().ToDictionary(r => r!["actor"]!.GetValue<string>(), r => r!["rank"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["DEU"] = 1, ["CAN"] = 2, ["FRA"] = 2 }, ranks);
    }

    [Fact]
    public async Task RankingPerCapitaIs501UntilComparisonsAreWired() =>
        await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?by=per-capita", Cancel), HttpStatusCode.NotImplemented);

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
        Assert.StartsWith("rank,actor,name,value,unit,entries\r\n1,DEU,,3000000000,EUR,2\r\n", csv);
    }

    [Theory]
    [InlineData("DEU gave more than FRA", "supported")]
    [InlineData("FRA gave more than DEU", "not_supported")]
    [InlineData("Norway is the second-largest donor", "cannot_tell")]
    public async Task ClaimsAreChecked(string text, string verdict)
    {
        var json = await Json.Read(await app.Client().GetAsync($"/api/v1/claims?text={Uri.EscapeDataString(text)}", Cancel));
        Assert.Equal(verdict, json["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task AClaimIsRequired() =>
        await Json.Problem(await app.Client().GetAsync("/api/v1/claims", Cancel), HttpStatusCode.BadRequest);

    [Fact]
    public async Task TheOpenApiDocumentListsEveryResource()
    {
        var json = await Json.Read(await app.Client().GetAsync("/openapi/v1.json", Cancel));
        var paths = json["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in (string[])["/api/v1/events", "/api/v1/entries", "/api/v1/actors", "/api/v1/documents", "/api/v1/rankings", "/api/v1/claims"])
            Assert.Contains(paths, p => p.TrimEnd('/') == path);
    }
}
