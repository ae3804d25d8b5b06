using System.Net;
using System.Text;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

public sealed class LimitsTests(LimitedFactory app) : IClassFixture<LimitedFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheApiIsRateLimitedPerAddressAndPerAccountWithRetryAfter()
    {
        var client = app.Client();
        var responses = new List<HttpResponseMessage>();
        for (int i = 0; i < 7; i++) responses.Add(await client.GetAsync("/api/v1/actors", Cancel));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = await Json.Problem(responses[^1], HttpStatusCode.TooManyRequests);
        Assert.StartsWith("Too many requests from this address; try again in ", refused["detail"]!.GetValue<string>());
        Assert.InRange(int.Parse(responses[^1].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);

        // An account has a budget of its own: the anonymous readers behind its address did not spend it.
        var viewer = app.Client("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/actors", Cancel)).StatusCode);
    }

    [Fact]
    public async Task SignInPostsAreRateLimitedWithAPageAndRetryAfter()
    {
        var client = app.Client();
        var responses = new List<HttpResponseMessage>();
        for (int i = 0; i < 4; i++)
            responses.Add(await client.PostAsync("/signin", new FormUrlEncodedContent([new("name", "x"), new("password", "y")]), Cancel));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        Assert.Equal("text/html", responses[^1].Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many sign-in attempts from this address", await responses[^1].Content.ReadAsStringAsync(Cancel));
        Assert.True(responses[^1].Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task ABodyOverTheConfiguredLimitIs413AfterAuthentication()
    {
        var big = new StringContent(new string('a', 2048), Encoding.UTF8, "text/plain");
        await Json.Problem(await app.Client().PostAsync("/api/v1/documents", big, Cancel), HttpStatusCode.Unauthorized);
        var problem = await Json.Problem(await app.Client("reviewer").PostAsync("/api/v1/documents", big, Cancel), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is larger than the 1,024 bytes this server accepts.", problem["detail"]!.GetValue<string>());
    }
}
