using System.Net;
using System.Text;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

public sealed class DocumentsApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Report(string text, string type = "text/plain") => new(text, Encoding.UTF8, type);

    private static string Halifax => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "halifax-pledge-2025-12-28.txt"));

    [Fact]
    public async Task ListFindsDocumentsByTitleWithTheirRecordCounts()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/documents?q=summit", Cancel));
        var only = Assert.Single(json["items"]!.AsArray())!;
        Assert.Equal("brussels", only["doc"]!.GetValue<string>());
        Assert.Equal(5, only["records"]!.GetValue<long>());
    }

    [Fact]
    public async Task OneDocumentHasItsTextAndRecordsWithTheirEntries()
    {
        var json = await Json.Read(await app.Client().GetAsync("/api/v1/documents/1", Cancel));
        Assert.StartsWith("Canada will provide", json["text"]!.GetValue<string>());
        Assert.Equal([1L, 2L], json["records"]!.AsArray().Select(r => r!["entry_id"]!.GetValue<long>()));
        await Json.Problem(await app.Client().GetAsync("/api/v1/documents/99", Cancel), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostCodesAndIngestsAReportAndReturnsItsRecords()
    {
        var response = await app.Client("reviewer").PostAsync("/api/v1/documents?doc=halifax-web&published=2025-12-28&country=CAN", Report(Halifax), Cancel);
        var json = await Json.Read(response, HttpStatusCode.Created);
        Assert.True(json["is_new"]!.GetValue<bool>());
        var records = json["records"]!.AsArray();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("halifax-web", r!["record"]!["doc"]!.GetValue<string>()));
        Assert.All(records, r => Assert.NotNull(r!["entry_id"]));
        Assert.Equal($"/api/v1/documents/{json["document_id"]}", response.Headers.Location?.ToString());

        var again = await Json.Read(await app.Client("admin").PostAsync("/api/v1/documents?doc=halifax-web", Report(Halifax), Cancel));
        Assert.False(again["is_new"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PostReadsHtml()
    {
        var html = "<html><head><title>Pledge</title></head><body><article><p>" + System.Net.WebUtility.HtmlEncode(Halifax) + "</p></article></body></html>";
        var json = await Json.Read(await app.Client("reviewer").PostAsync("/api/v1/documents?doc=halifax-html&published=2025-12-28", Report(html.Replace("Canada", "Canada, ", StringComparison.Ordinal), "text/html"), Cancel), HttpStatusCode.Created);
        Assert.Equal("halifax-html", json["doc"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostWithoutCredentialsIs401() =>
        await Json.Problem(await app.Client().PostAsync("/api/v1/documents", Report("Canada pledged aid."), Cancel), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostAsViewerIs403() =>
        await Json.Problem(await app.Client("viewer").PostAsync("/api/v1/documents", Report("Canada pledged aid."), Cancel), HttpStatusCode.Forbidden);

    [Fact]
    public async Task PostOfAnOversizedBodyIs413()
    {
        var big = new string('a', 3 * 1024 * 1024);
        await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/documents", Report(big), Cancel), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostOfJsonIs415() =>
        await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/documents", Report("{}", "application/json"), Cancel), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task PostWithABadDateIs400()
    {
        var problem = await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/documents?published=yesterday", Report("Canada pledged aid."), Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["published"]);
    }

    [Fact]
    public async Task PostOfAnEmptyReportIs400() =>
        await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/documents", Report("   "), Cancel), HttpStatusCode.BadRequest);

    [Fact]
    public async Task CsvListsEveryDocument()
    {
        var csv = await (await app.Client().GetAsync("/api/v1/documents?format=csv", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("brussels,Brussels summit,https://example.org/brussels", csv);
    }
}
