using System.Net;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

public sealed class ClosedReadingTests(ClosedReadingFactory app) : IClassFixture<ClosedReadingFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheApiNeedsCredentialsToRead()
    {
        await Json.Problem(await app.Client().GetAsync("/api/v1/entries", Cancel), HttpStatusCode.Unauthorized);
        await Json.Read(await app.Client("viewer").GetAsync("/api/v1/entries", Cancel));
    }

    [Fact]
    public async Task PagesSendPeopleToSignIn()
    {
        var response = await app.Client().GetAsync("/", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/signin", Cancel)).StatusCode);
    }
}
