using System.Net;
using System.Text.RegularExpressions;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

public sealed partial class SecurityTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/entries")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path)
    {
        var response = await app.Client().GetAsync(path, Cancel);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task AFormPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var client = app.Client();
        await SignIn(client, "reviewer-user");
        var response = await client.PostAsync("/entries/2/accept", new FormUrlEncodedContent([]), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("candidate", app.Store.GetEntry(2)!.Status);
    }

    [Fact]
    public async Task AReviewerSignedInAcceptsThroughTheFormAndIsTheAuthor()
    {
        var client = app.Client();
        await SignIn(client, "reviewer-user");
        var page = await client.GetStringAsync("/entries/3", Cancel);
        var response = await client.PostAsync("/entries/3/accept", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page)), new("returnUrl", "/entries/3")]), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/entries/3", response.Headers.Location?.ToString());
        var audit = app.Store.History(3).Audit[^1];
        Assert.Equal(("reviewer-user", "accepted"), (audit.Who, audit.Action));
    }

    [Fact]
    public async Task AViewerSignedInCannotReview()
    {
        var client = app.Client();
        await SignIn(client, "viewer-user");
        var page = await client.GetStringAsync("/entries/2", Cancel);
        Assert.Contains("Your role can read but not review", page);
        var response = await client.PostAsync("/entries/2/reject", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(await client.GetStringAsync("/signin", Cancel)))]), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ReviewFormsRedirectAnonymousPeopleToSignIn()
    {
        var response = await app.Client().PostAsync("/entries/2/accept", new FormUrlEncodedContent([]), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/signin", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task AWrongPasswordIs401AndNoCookie()
    {
        var client = app.Client();
        var form = await client.GetStringAsync("/signin", Cancel);
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(form)), new("name", "reviewer-user"), new("password", "wrong")]), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("pw-auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignInDoesNotRedirectOffSite()
    {
        var client = app.Client();
        var response = await SignIn(client, "viewer-user", "//evil.example/");
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ARevokedTokenNoLongerAuthenticates()
    {
        var store = app.Store;
        store.AddUser("leaving-user", Web.Security.Roles.Viewer, Web.Security.PasswordHashing.Hash(WebAppFactory.Password), "test");
        var user = store.FindUser("leaving-user")!;
        var token = Web.Security.ApiTokens.Create();
        var id = store.AddToken(user, Web.Security.ApiTokens.Hash(token), "test");
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        // A viewer is known but may not write (403); once its token is revoked it is not known at all (401).
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/entries/2/accept", null, Cancel)).StatusCode);
        Assert.Null(store.RevokeToken(id, "admin-user"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/entries/2/accept", null, Cancel)).StatusCode);
        Assert.Equal("candidate", store.GetEntry(2)!.Status);
    }

    [Fact]
    public async Task PasswordsAndTokensAreStoredHashed()
    {
        // Seeding happens before the first client; this test may run first in its class.
        app.EnsureSeeded();
        var user = app.Store.FindUser("admin-user")!;
        Assert.StartsWith("pbkdf2-sha256$", user.PasswordHash);
        Assert.DoesNotContain(WebAppFactory.Password, user.PasswordHash);
    }

    internal static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string returnUrl = "/")
    {
        var form = await client.GetStringAsync("/signin", Cancel);
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token(form)), new("name", name), new("password", WebAppFactory.Password), new("returnUrl", returnUrl)]), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    internal static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]+)""")]
    private static partial Regex AntiforgeryField();
}
