using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

/// <summary>
/// Every write endpoint refuses in one order, whatever the body: no credentials (401), wrong role (403), a request
/// from another origin or a cookie write without the anti-forgery header (403), an oversized body (413), a body of the
/// wrong type (415). Each request below carries every later fault too, so an answer out of order shows. Entry 2 is
/// never changed.
/// </summary>
public sealed class RefusalOrderTests(SmallBodyFactory app) : IClassFixture<SmallBodyFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The API's writes: method, path.</summary>
    public static TheoryData<string, string> ApiWrites => new()
    {
        { "POST", "/api/v1/documents" },
        { "POST", "/api/v1/entries/2/accept" },
        { "POST", "/api/v1/entries/2/reject" },
        { "PATCH", "/api/v1/entries/2" },
        { "POST", "/api/v1/entries/2/merge" },
        { "POST", "/api/v1/entries/2/split" },
        { "POST", "/api/v1/entries/2/attach" },
        { "POST", "/api/v1/entries/2/detach" },
    };

    /// <summary>The review forms' posts.</summary>
    public static TheoryData<string> FormWrites => new()
    {
        "/entries/2/accept", "/entries/2/reject", "/entries/2/edit", "/entries/2/merge", "/entries/2/split", "/entries/2/attach", "/entries/2/detach",
    };

    private static HttpRequestMessage Request(string method, string path, int bytes, string type, string? origin = "https://evil.example")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(new string('a', bytes), Encoding.UTF8, type) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    [Theory]
    [MemberData(nameof(ApiWrites))]
    public async Task ApiWritesRefuseInOrder(string method, string path)
    {
        var anonymous = await Json.Problem(await app.Client().SendAsync(Request(method, path, 4096, "application/x-unknown"), Cancel), HttpStatusCode.Unauthorized);
        Assert.StartsWith("No credentials", anonymous["detail"]!.GetValue<string>());

        var viewer = await Json.Problem(await app.Client("viewer").SendAsync(Request(method, path, 4096, "application/x-unknown"), Cancel), HttpStatusCode.Forbidden);
        Assert.StartsWith("Your role may not do this", viewer["detail"]!.GetValue<string>());

        var cookie = app.Client();
        await SecurityTests.SignIn(cookie, "reviewer-user");
        var forged = await Json.Problem(await cookie.SendAsync(Request(method, path, 4096, "application/x-unknown"), Cancel), HttpStatusCode.Forbidden);
        Assert.StartsWith("Cross-site request refused: it comes from https://evil.example", forged["detail"]!.GetValue<string>());
        var noHeader = await Json.Problem(await cookie.SendAsync(Request(method, path, 4096, "application/x-unknown", "http://localhost"), Cancel), HttpStatusCode.Forbidden);
        Assert.StartsWith("API writes with the sign-in cookie need the X-CSRF-TOKEN header", noHeader["detail"]!.GetValue<string>());

        var reviewer = app.Client("reviewer");
        await Json.Problem(await reviewer.SendAsync(Request(method, path, 4096, "application/x-unknown"), Cancel), HttpStatusCode.RequestEntityTooLarge);
        var wrongType = await Json.Problem(await reviewer.SendAsync(Request(method, path, 10, "application/x-unknown"), Cancel), HttpStatusCode.UnsupportedMediaType);
        Assert.StartsWith("Send the body as ", wrongType["detail"]!.GetValue<string>());

        var entry = app.Store.GetEntry(2)!;
        Assert.Equal(("candidate", 1, (long?)null), (entry.Status, entry.Revision, entry.MergedInto));
    }

    [Theory]
    [MemberData(nameof(FormWrites))]
    public async Task FormPostsRefuseInOrder(string path)
    {
        var anonymous = await app.Client().SendAsync(Request("POST", path, 4096, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/signin", anonymous.Headers.Location?.ToString());

        var viewer = app.Client();
        await SecurityTests.SignIn(viewer, "viewer-user");
        await HtmlPage(await viewer.SendAsync(Request("POST", path, 4096, "application/json"), Cancel), HttpStatusCode.Forbidden, "Your role may not do this");

        var reviewer = app.Client();
        await SecurityTests.SignIn(reviewer, "reviewer-user");
        await HtmlPage(await reviewer.SendAsync(Request("POST", path, 4096, "application/json"), Cancel), HttpStatusCode.Forbidden, "Cross-site request refused");
        await HtmlPage(await reviewer.SendAsync(Request("POST", path, 4096, "application/json", "http://localhost"), Cancel), HttpStatusCode.RequestEntityTooLarge, "larger than the 1,024 bytes");
        await HtmlPage(await reviewer.SendAsync(Request("POST", path, 10, "application/json", "http://localhost"), Cancel), HttpStatusCode.UnsupportedMediaType, "takes the forms of this site");
        await HtmlPage(await reviewer.SendAsync(Request("POST", path, 10, "application/x-www-form-urlencoded", "http://localhost"), Cancel), HttpStatusCode.BadRequest, "The form has expired");

        var entry = app.Store.GetEntry(2)!;
        Assert.Equal(("candidate", 1, (long?)null), (entry.Status, entry.Revision, entry.MergedInto));
    }

    [Fact]
    public async Task TheListsAboveAreEveryWriteEndpoint()
    {
        app.EnsureSeeded();
        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "write"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}".Replace("{id:long}", "2", StringComparison.Ordinal).TrimEnd('/')))
            .Order().ToList();
        var listed = ApiWrites.Select(r => $"{r.Data.Item1} {r.Data.Item2}").Concat(FormWrites.Select(r => $"POST {r.Data}")).Order().ToList();
        Assert.Equal(listed, writes);
    }

    [Fact]
    public async Task ACookieWriteWithTheAntiForgeryHeaderFromThisSiteIsAccepted()
    {
        var client = app.Client();
        await SecurityTests.SignIn(client, "reviewer-user");
        var token = SecurityTests.Token(await client.GetStringAsync("/entries/3", Cancel));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/entries/3/accept");
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("X-CSRF-TOKEN", token);
        var json = await Json.Read(await client.SendAsync(request, Cancel));
        Assert.Equal("accepted", json["status"]!.GetValue<string>());
        Assert.Equal("reviewer-user", app.Store.History(3).Audit[^1].Who);
    }

    private static async Task HtmlPage(HttpResponseMessage response, HttpStatusCode expected, string says)
    {
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, html);
    }
}
