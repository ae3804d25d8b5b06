using System.Net;
using System.Text;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

public sealed class LimitsTests(LimitedFactory app) : IClassFixture<LimitedFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheApiIsRateLimitedWith429()
    {
        var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 7; i++) statuses.Add((await client.GetAsync("/api/v1/actors", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task SignInAttemptsAreRateLimited()
    {
        var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
            statuses.Add((await client.PostAsync("/signin", new FormUrlEncodedContent([new("name", "x"), new("password", "y")]), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ABodyOverTheConfiguredLimitIs413BeforeAuthentication()
    {
        var response = await app.Client().PostAsync("/api/v1/documents", new StringContent(new string('a', 2048), Encoding.UTF8, "text/plain"), Cancel);
        await Json.Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
