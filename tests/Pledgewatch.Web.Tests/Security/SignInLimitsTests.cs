using System.Net;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Security;

/// <summary>Failed sign-ins are limited per account and per address; people who sign in right spend nothing.</summary>
public sealed class SignInLimitsTests(SignInLimitsFactory app) : IClassFixture<SignInLimitsFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> Attempt(HttpClient client, string name, string password)
    {
        var form = await client.GetStringAsync("/signin", Cancel);
        return await client.PostAsync("/signin", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", SecurityTests.Token(form)), new("name", name), new("password", password)]), Cancel);
    }

    [Fact]
    public async Task FailuresLockTheAccountThenTheAddressButNotOtherPeopleBefore()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(client, "viewer-user", WebAppFactory.Password)).StatusCode);
        for (int i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, "reviewer-user", "wrong")).StatusCode);

        // The account is locked, the right password too, with a page that says for how long.
        var locked = await Attempt(client, "reviewer-user", WebAppFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("text/html", locked.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many failed sign-ins for this account: try again in ", await locked.Content.ReadAsStringAsync(Cancel));
        Assert.True(int.Parse(locked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 60);

        // Someone else behind the same address still signs in.
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(app.Client(), "admin-user", WebAppFactory.Password)).StatusCode);

        // Two more failures, on other names, spend the address's budget of four: now nobody from it gets in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, "nobody", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, "someone", "wrong")).StatusCode);
        var address = await Attempt(app.Client(), "admin-user", WebAppFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, address.StatusCode);
        Assert.Contains("Too many failed sign-ins from this address", await address.Content.ReadAsStringAsync(Cancel));
    }
}
