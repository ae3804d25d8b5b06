using Microsoft.AspNetCore.Http.HttpResults;

namespace Pledgewatch.Web.Pages;

/// <summary>An error as a page for people: what went wrong, the fields that are wrong, and where to go next.</summary>
internal static class ErrorPage
{
    public static ContentHttpResult Render(HttpContext ctx, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var fields = errors is { Count: > 0 }
            ? Html.Of($"""<ul>{errors.Select(e => Html.Of($"<li><strong>{e.Key}</strong>: {string.Join("; ", e.Value)}</li>"))}</ul>""")
            : Html.Empty;
        var next = status switch
        {
            StatusCodes.Status401Unauthorized => Html.Of($"""<a href="/signin?returnUrl={Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString)}">Sign in</a>"""),
            StatusCodes.Status404NotFound => Html.Raw("""<a href="/search">Search the ledger</a> · <a href="/documents">documents</a>"""),
            StatusCodes.Status429TooManyRequests => Html.Raw("""Wait a little, then go back and try again"""),
            _ => Html.Raw("""Go back and try again"""),
        };
        var main = Html.Of($"""
            <div role="alert" class="error-box"><p class="error">{detail}</p>{fields}</div>
            <p>{next} · <a href="/">Overview</a></p>
            <p class="note">Error {status}.</p>
            """);
        return Layout.Page(ctx, title, main, status);
    }
}
