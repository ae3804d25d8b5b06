using Microsoft.AspNetCore.Antiforgery;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>
/// Refuses writes that a browser could have been made to send from another site, after authentication and
/// authorisation and before limits and the body: a request whose <c>Origin</c> (or <c>Sec-Fetch-Site</c>) names
/// another site, and an API write authenticated by the sign-in cookie without the anti-forgery header
/// <see cref="HeaderName"/> (the token pages carry in their forms). Requests with an <c>Authorization</c> header are
/// left alone: browsers never add one by themselves. Page forms carry the token as a field, checked when read
/// (<see cref="Pages.FormPost"/>). Origins compare by host and port, so a proxy that ends TLS does not matter.
/// </summary>
internal static class CrossSiteGuard
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (IsSafe(ctx.Request.Method) || ctx.Request.Headers.Authorization.Count > 0)
        {
            await next(ctx);
            return;
        }
        if (ForeignOrigin(ctx) is { } origin)
        {
            await Refusals.WriteAsync(ctx, StatusCodes.Status403Forbidden,
                $"Cross-site request refused: it comes from {origin}, not from this site. Send writes from this site's pages, or with 'Authorization: Bearer <token>'.");
            return;
        }
        if (Refusals.IsApi(ctx) && ctx.User.Identity?.IsAuthenticated == true)
        {
            var antiforgery = ctx.RequestServices.GetRequiredService<IAntiforgery>();
            // The header only: reading a form here would read the body before its size is checked.
            if (ctx.Request.Headers[HeaderName].Count == 0 || !await antiforgery.IsRequestValidAsync(ctx))
            {
                await Refusals.WriteAsync(ctx, StatusCodes.Status403Forbidden,
                    $"API writes with the sign-in cookie need the {HeaderName} header, holding the anti-forgery token of this site's pages (the __RequestVerificationToken of their forms); scripts use 'Authorization: Bearer <token>' instead.");
                return;
            }
        }
        await next(ctx);
    });

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>The other site a request says it comes from, or null when it comes from this one or does not say.</summary>
    private static string? ForeignOrigin(HttpContext ctx)
    {
        var origin = ctx.Request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return $"'{origin}'";
            var host = ctx.Request.Host;
            var sameHost = string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
                && (host.Port is null ? uri.IsDefaultPort : uri.Port == host.Port);
            return sameHost ? null : origin;
        }
        var site = ctx.Request.Headers["Sec-Fetch-Site"].ToString();
        return site is "cross-site" or "same-site" ? $"another site (Sec-Fetch-Site: {site})" : null;
    }
}
