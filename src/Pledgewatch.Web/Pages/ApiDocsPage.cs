namespace Pledgewatch.Web.Pages;

/// <summary>The API reference: /openapi/v1.json rendered by a small script of ours (no third-party UI, CSP-safe).</summary>
internal static class ApiDocsPage
{
    public static IEndpointRouteBuilder MapApiDocsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", (HttpContext ctx) => Layout.Page(ctx, "API", Html.Raw("""
            <p>REST JSON under <code>/api/v1</code>; every list takes <code>page</code>, <code>pageSize</code> and <code>format=csv</code>.
            Writes need a reviewer: sign in, or send <code>Authorization: Bearer pw_…</code> (a token from <code>pledgewatch token create NAME</code>).
            The OpenAPI document: <a href="/openapi/v1.json">/openapi/v1.json</a>.</p>
            <div id="api-docs" aria-live="polite"><p class="note">Loading the OpenAPI document…</p></div>
            <script src="/assets/apidocs.js" defer></script>
            """))).ExcludeFromDescription();
        return app;
    }
}
