using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pledgewatch.Web.Security;

/// <summary>
/// Two ways in: a bearer token (scripts; the API) or the sign-in cookie (people; pages and the API from pages). A
/// request with an Authorization header is judged by its token alone. The API answers 401/403 where pages redirect.
/// </summary>
internal static class Auth
{
    public const string Smart = "smart";

    public static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 ? ApiTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme;

    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "pw-auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = "/signin";
        o.AccessDeniedPath = "/signin";
        o.Events.OnRedirectToLogin = ctx => Answer(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => Answer(ctx, StatusCodes.Status403Forbidden);
    }

    /// <summary>The name written to the audit log for the signed-in user or token.</summary>
    public static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("a write reached the ledger without a user");

    public static ClaimsPrincipal Principal(string name, string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], scheme));

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // Pages send people to the sign-in form; the API and a signed-in user without the role get a plain status.
        if (ctx.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
