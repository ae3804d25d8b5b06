using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Pages;

/// <summary>The page frame: skip link, navigation, who is signed in, the main content, the stylesheet and script.</summary>
internal static class Layout
{
    public static ContentHttpResult Page(HttpContext ctx, string title, Html main, int status = StatusCodes.Status200OK)
    {
        var user = ctx.User.Identity?.IsAuthenticated == true ? ctx.User.Identity.Name : null;
        var account = user is null
            ? Html.Of($"""<a href="/signin?returnUrl={Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString)}">Sign in</a>""")
            : Html.Of($"""<form method="post" action="/signout" class="inline">{Token(ctx)}<span>{user} ({Role(ctx)})</span> <button type="submit">Sign out</button></form>""");
        var page = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Pledgewatch</title>
            <link rel="stylesheet" href="/assets/site.css">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            <link rel="alternate" type="application/atom+xml" href="/feed.atom" title="Newly accepted entries">
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header>
            <nav aria-label="Main">
            <a href="/" class="brand">Pledgewatch</a>
            <a href="/">Overview</a>
            <a href="/review">Review</a>
            <a href="/documents">Documents</a>
            <a href="/search">Search</a>
            <a href="/api">API</a>
            <a href="/feed.atom">Feed</a>
            </nav>
            <div class="account">{account}</div>
            </header>
            <main id="main" tabindex="-1">
            <h1>{title}</h1>
            {main}
            </main>
            <script src="/assets/site.js" defer></script>
            </body>
            </html>
            """);
        return TypedResults.Content(page.Value, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The hidden anti-forgery field every form that changes something must carry.</summary>
    public static Html Token(HttpContext ctx)
    {
        var tokens = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    public static bool CanWrite(HttpContext ctx) => ctx.User.IsInRole(Roles.Reviewer) || ctx.User.IsInRole(Roles.Admin);

    private static string Role(HttpContext ctx) => Roles.All.LastOrDefault(ctx.User.IsInRole) ?? "no role";

    public static ContentHttpResult NotFound(HttpContext ctx, string what) =>
        ErrorPage.Render(ctx, StatusCodes.Status404NotFound, "Not Found", what);
}
