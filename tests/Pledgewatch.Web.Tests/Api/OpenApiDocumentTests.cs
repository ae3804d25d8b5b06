using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

/// <summary>
/// /openapi/v1.json as a client generator reads it: valid OpenAPI (Microsoft.OpenApi's reader and its default
/// validation rules), every operation with its security and its error answers, every parameter described.
/// </summary>
public sealed class OpenApiDocumentTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> Document() => await app.Client().GetStringAsync("/openapi/v1.json", Cancel);

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!.AsObject())));

    [Fact]
    public async Task TheDocumentIsValidOpenApi31()
    {
        var text = await Document();
        var (document, diagnostic) = OpenApiDocument.Parse(text, "json");
        Assert.Empty(diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => e.ToString()));
        Assert.Equal(["bearer", "cookie", "csrf"], document!.Components!.SecuritySchemes!.Keys.Order());
        Assert.Equal("Pledgewatch API", document.Info?.Title);
    }

    [Fact]
    public async Task TheDocumentListsEveryResource()
    {
        var paths = JsonNode.Parse(await Document())!["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in (string[])["/api/v1/events", "/api/v1/entries", "/api/v1/actors", "/api/v1/documents", "/api/v1/rankings", "/api/v1/claims", "/feed.atom"])
            Assert.Contains(paths, p => p.TrimEnd('/') == path);
    }

    [Fact]
    public async Task EveryOperationHasItsSecurityAndErrorAnswers()
    {
        var document = JsonNode.Parse(await Document())!;
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 19, $"{operations.Count} operations");
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            var writes = method is "post" or "patch" or "put" or "delete";
            var security = operation["security"]!.AsArray().Select(r => string.Join("+", r!.AsObject().Select(s => s.Key))).ToList();
            Assert.Equal(writes ? ["bearer", "cookie+csrf"] : ["", "bearer", "cookie"], security);
            var answers = operation["responses"]!.AsObject();
            string[] errors = writes ? ["400", "401", "403", "413", "415", "429"] : ["400", "401", "429"];
            if (path.Contains('{')) errors = [.. errors, "404"];
            foreach (var code in errors)
            {
                Assert.True(answers.ContainsKey(code), $"{where} lacks {code}");
                Assert.NotNull(answers[code]!["content"]!["application/problem+json"]!["schema"]);
            }
            Assert.True(answers.ContainsKey("200"), $"{where} lacks 200");
            foreach (var (code, answer) in answers)
                Assert.False(string.IsNullOrWhiteSpace(answer!["description"]?.GetValue<string>()), $"{where} {code} has no description");
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{where} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{where} has no description");
            if (writes && path != "/api/v1/entries/{id}/accept") Assert.NotNull(operation["requestBody"]);
        }
    }

    [Fact]
    public async Task EveryParameterIsLowerCaseDescribedWithAnExampleAndOneType()
    {
        var document = JsonNode.Parse(await Document())!;
        foreach (var (path, method, operation) in Operations(document))
        {
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                var name = parameter!["name"]!.GetValue<string>();
                var where = $"{method.ToUpperInvariant()} {path} {name}";
                Assert.True(char.IsLower(name[0]), where);
                Assert.False(string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>()), $"{where} has no description");
                Assert.NotNull(parameter["example"]);
                Assert.Equal(System.Text.Json.JsonValueKind.String, parameter["schema"]!["type"]!.GetValueKind());
            }
        }
        var page = Operations(document).Single(o => o.Path == "/api/v1/entries" && o.Method == "get").Operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "page")!;
        Assert.Equal("integer", page["schema"]!["type"]!.GetValue<string>());
        Assert.Equal(1, page["example"]!.GetValue<int>());
    }
}
