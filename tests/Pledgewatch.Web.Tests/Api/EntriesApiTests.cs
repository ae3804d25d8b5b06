using System.Net;
using System.Net.Http.Json;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

public sealed class EntriesApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListPagesTheLedgerWithTheTotal()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/entries?pageSize=3&page=2", Cancel));
        Assert.Equal(7, json["total"]!.GetValue<long>());
        Assert.Equal(2, json["page"]!.GetValue<int>());
        Assert.Equal([4L, 5L, 6L], json["items"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task FiltersByActorRecipientStageAndPeriod()
    {
        var byActor = await Json.Read(await app.Client().GetAsync("/api/v1/entries?actor=deu", Cancel));
        Assert.Equal(2, byActor["total"]!.GetValue<long>());
        var byStage = await Json.Read(await app.Client().GetAsync("/api/v1/entries?stage=pledged&recipient=UKR", Cancel));
        Assert.Equal(["CAN", "FRA"], byStage["items"]!.AsArray().Select(e => e!["actor"]![0]!["code"]!.GetValue<string>()).Order());
        var byPeriod = await Json.Read(await app.Client().GetAsync("/api/v1/entries?from=2026-01-15&to=2026-01-31", Cancel));
        Assert.Equal(["CONSULT", "SANCTION"], byPeriod["items"]!.AsArray().Select(e => e!["event_type"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task SortsByAmountInEurDescendingWithUnquantifiedLast()
    {
        // Canada's 2.5 bn is in CAD (about 1.6 bn EUR): it sorts below Germany's 2 bn EUR, not above it (issue 10).
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/entries?sort=-amount", Cancel));
        var items = json["items"]!.AsArray();
        var amounts = items.Select(e => e!["commitment"]?["amount"]?["value"]?.GetValue<decimal>()).ToList();
        Assert.Equal([2_000_000_000m, 2_500_000_000m, 1_000_000_000m, 500_000_000m, null, null, null], amounts);
        var eur = items.Select(e => e!["amount_eur"]?.GetValue<double>()).ToList();
        Assert.Equal(eur.Where(v => v is not null).OrderByDescending(v => v), eur.Where(v => v is not null));
        Assert.InRange(eur[1]!.Value, 1.4e9, 1.9e9);
    }

    [Fact]
    public async Task FiltersByAmountInEur()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/entries?minEur=1500000000&maxEur=1900000000", Cancel));
        Assert.Equal(["CAN"], json["items"]!.AsArray().Select(e => e!["actor"]![0]!["code"]!.GetValue<string>()));
        var bad = await app.Client().GetAsync("/api/v1/entries?minEur=lots", Cancel);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("minEur", await bad.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("sort=bogus", "sort")]
    [InlineData("type=GIVE", "type")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("pageSize=5000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("actor=%3Cscript%3E", "actor")]
    [InlineData("status=pending", "status")]
    [InlineData("format=xml", "format")]
    public async Task BadParametersAnswer400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Problem(await app.Client().GetAsync($"/api/v1/entries?{query}", Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Fact]
    public async Task AParameterOfTheWrongTypeIsA400NamingIt()
    {
        var problem = await Json.Problem(await app.Client().GetAsync("/api/v1/entries?page=x&pageSize=ten", Cancel), HttpStatusCode.BadRequest);
        Assert.Equal("'x' is not a whole number", problem["errors"]!["page"]![0]!.GetValue<string>());
        Assert.Equal("'ten' is not a whole number", problem["errors"]!["pageSize"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task CsvExportsTheWholeFilteredListOrThePageAskedFor()
    {
        var response = await app.Client().GetAsync("/api/v1/entries?recipient=UKR&format=csv", Cancel);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,status,event_type", lines[0]);
        Assert.Equal(5, lines.Length - 1);

        var page = (await app.Client().GetStringAsync("/api/v1/entries?recipient=UKR&format=csv&pageSize=2&page=2", Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([lines[0], lines[3], lines[4]], page);
    }

    [Fact]
    public async Task CsvKeepsADashAndGuardsOnlyCellsThatCouldBeFormulas()
    {
        // The sanction's recipient has a code; the seeded meeting of FRA and DEU has no commitment: its amount cell is empty.
        var csv = await app.Client().GetStringAsync("/api/v1/entries?type=SANCTION&format=csv", Cancel);
        Assert.DoesNotContain("'-", csv);
        var edited = await app.Client("admin").PatchAsJsonAsync("/api/v1/entries/6", new Dictionary<string, string> { ["location"] = "=1+2" }, Cancel);
        await Json.Read(edited);
        Assert.Contains(",'=1+2,", await app.Client().GetStringAsync("/api/v1/entries?type=SANCTION&format=csv", Cancel));
    }

    [Fact]
    public async Task OneEntryHasItsSourcesAndAMissingOneIs404()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/entries/1", Cancel));
        Assert.Equal("halifax", json["sources"]![0]!["doc"]!.GetValue<string>());
        await Json.Problem(await app.Client().GetAsync("/api/v1/entries/999", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AcceptWithoutCredentialsIs401()
    {
        var response = await app.Client().PostAsync("/api/v1/entries/2/accept", null, Cancel);
        await Json.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AcceptWithAnUnknownTokenIs401()
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "pw_not-a-real-token");
        await Json.Problem(await client.PostAsync("/api/v1/entries/2/accept", null, Cancel), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AcceptAsViewerIs403()
    {
        await Json.Problem(await app.Client("viewer").PostAsync("/api/v1/entries/2/accept", null, Cancel), HttpStatusCode.Forbidden);
        Assert.Equal("candidate", app.Store.GetEntry(2)!.Status);
    }

    [Fact]
    public async Task EditOfAnUnknownFieldOrABadValueIs400NamingTheField()
    {
        var response = await app.Client("reviewer").PatchAsJsonAsync("/api/v1/entries/5", new Dictionary<string, string> { ["colour"] = "red", ["stage"] = "promised" }, Cancel);
        var problem = await Json.Problem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("not an editable field", problem["errors"]!["colour"]![0]!.GetValue<string>());
        var value = await Json.Problem(await app.Client("reviewer").PatchAsJsonAsync("/api/v1/entries/5", new Dictionary<string, string> { ["stage"] = "promised" }, Cancel), HttpStatusCode.BadRequest);
        Assert.Equal("'promised' is not a valid value for stage", value["errors"]!["stage"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIs400NamingTheBody()
    {
        var response = await app.Client("reviewer").PostAsync("/api/v1/entries/4/merge", new StringContent("{from: 7", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var problem = await Json.Problem(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("not valid JSON", problem["errors"]!["body"]![0]!.GetValue<string>());
        var missing = await Json.Problem(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/merge", new { force = "yes" }, Cancel), HttpStatusCode.BadRequest);
        Assert.Equal(["force", "from"], missing["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task ReviewOfAMissingEntryIs404() =>
        await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/entries/999/accept", null, Cancel), HttpStatusCode.NotFound);
}
