using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Pages;

/// <summary>Sign-in and sign-out with a name and password (users come from <c>pledgewatch user add</c>); attempts are rate limited.</summary>
internal static class SignInPage
{
    public static IEndpointRouteBuilder MapSignInPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (string? returnUrl, HttpContext ctx) => Form(ctx, returnUrl, null)).ExcludeFromDescription();
        app.MapPost("/signin", SignIn).RequireRateLimiting(RateLimits.SignIn).ExcludeFromDescription();
        app.MapPost("/signout", (Delegate)SignOut).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignIn(HttpContext ctx, LedgerStore store, SignInThrottle throttle)
    {
        var (form, refusal) = await FormPost.ReadAsync(ctx);
        if (refusal is not null) return refusal;
        string name = form!["name"].ToString().Trim(), password = form["password"].ToString();
        string? returnUrl = form["returnUrl"];
        var address = RateLimits.Address(ctx);
        if (throttle.Refusal(name, address) is { } limited)
        {
            var wait = RateLimits.Seconds(limited.Wait);
            ctx.Response.Headers.RetryAfter = wait;
            return Form(ctx, returnUrl, $"{limited.Why}: try again in {Minutes(limited.Wait)}.", StatusCodes.Status429TooManyRequests);
        }
        var user = name.Length is 0 or > 100 ? null : store.FindUser(name);
        // The same answer and (roughly) the same work for an unknown name as for a wrong password.
        var ok = PasswordHashing.Verify(password, user?.PasswordHash ?? PasswordHashing.Hash("not a password"));
        if (user is null || !ok)
        {
            throttle.Failed(name, address);
            return Form(ctx, returnUrl, "The name or password is not right.", StatusCodes.Status401Unauthorized);
        }
        await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Auth.Principal(user.Name, user.Role, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        return Results.LocalRedirect(FormPost.Back(returnUrl, "/"));
    }

    private static async Task<IResult> SignOut(HttpContext ctx)
    {
        var (_, refusal) = await FormPost.ReadAsync(ctx);
        if (refusal is not null) return refusal;
        await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/");
    }

    private static string Minutes(TimeSpan wait) => wait.TotalSeconds <= 90
        ? Words.Count(Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)), "second", "seconds")
        : Words.Count((long)Math.Ceiling(wait.TotalMinutes), "minute", "minutes");

    private static ContentHttpResult Form(HttpContext ctx, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var main = Html.Of($"""
            {(error is null ? Html.Empty : Html.Of($"""<p role="alert" class="error">{error}</p>"""))}
            <form method="post" action="/signin" class="filters">
            {Layout.Token(ctx)}
            <input type="hidden" name="returnUrl" value="{returnUrl}">
            <label>Name <input name="name" autocomplete="username" required></label>
            <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button>
            </form>
            <p class="note">Accounts are made with <code>pledgewatch user add NAME --role reviewer</code>.</p>
            """);
        return Layout.Page(ctx, "Sign in", main, status);
    }
}
