using System.Net;
using System.Text.Json.Nodes;

namespace Pledgewatch.Web.Tests.Support;

/// <summary>Reading answers in tests: JSON bodies and ProblemDetails, with the status checked first and the body in the message.</summary>
public static class Json
{
    public static async Task<JsonNode> Read(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts a ProblemDetails answer (application/problem+json) with this status.</summary>
    public static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var node = await Read(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, node["status"]!.GetValue<int>());
        return node;
    }
}
