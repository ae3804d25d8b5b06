using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// The API reference: the OpenAPI document (/openapi/v1.json) rendered on the server as plain HTML, so it reads without
/// JavaScript: each operation with who may call it, its parameters (description, type, example), its body and
/// every answer it can give.
/// </summary>
internal static class ApiDocsPage
{
    public static IEndpointRouteBuilder MapApiDocsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", Render).ExcludeFromDescription();
        return app;
    }

    private static async Task<ContentHttpResult> Render(HttpContext ctx, [FromKeyedServices("v1")] IOpenApiDocumentProvider provider)
    {
        var document = await provider.GetOpenApiDocumentAsync(ctx.RequestAborted);
        var operations = (document.Paths ?? [])
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => (Path: p.Key, Method: o.Key.Method, Operation: o.Value)))
            .ToList();
        var sections = operations.GroupBy(o => o.Operation.Tags?.FirstOrDefault()?.Name ?? "Other")
            .Select(g => Html.Of($"""
                <section aria-labelledby="tag-{Slug(g.Key)}"><h2 id="tag-{Slug(g.Key)}">{g.Key}</h2>
                {(document.Tags?.FirstOrDefault(t => t.Name == g.Key)?.Description is { } about ? Html.Of($"<p>{about}</p>") : Html.Empty)}
                {g.Select(o => Operation(o.Path, o.Method, o.Operation))}
                </section>
                """));
        var contents = operations.Select(o => Html.Of($"""<li><a href="#{Anchor(o.Method, o.Path)}"><code>{o.Method} {o.Path}</code></a> {o.Operation.Summary}</li>"""));
        var main = Html.Of($"""
            <p>{document.Info?.Description}</p>
            <p>The OpenAPI document: <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI 3.1). Tokens: <code>pledgewatch token create NAME</code>.</p>
            <h2 id="operations">Operations</h2>
            <ul class="plain">{contents}</ul>
            {sections}
            """);
        return Layout.Page(ctx, "API", main);
    }

    private static Html Operation(string path, string method, OpenApiOperation op)
    {
        var parameters = (op.Parameters ?? []).Select(p => Html.Of($"""
            <tr><td data-label="Parameter"><code>{p.Name}</code>{(p.Required ? " (required)" : "")}</td><td data-label="In">{p.In?.ToString().ToLowerInvariant()}</td>
            <td data-label="Type">{Type(p.Schema)}</td><td data-label="Description">{p.Description}{Values(p.Schema)}</td><td data-label="Example"><code>{p.Example?.ToString()}</code></td></tr>
            """)).ToList();
        var responses = (op.Responses ?? []).Select(r => Html.Of($"""
            <tr><td data-label="Status">{r.Key}</td><td data-label="Meaning">{r.Value.Description}</td><td data-label="Content">{string.Join(", ", r.Value.Content?.Keys ?? [])}</td></tr>
            """));
        var body = op.RequestBody is { } b
            ? Html.Of($"""<p><strong>Body</strong> ({string.Join(" or ", b.Content?.Keys ?? [])}{(b.Required ? ", required" : ", optional")}): {b.Description}{Fields(b)}</p>""")
            : Html.Empty;
        return Html.Of($"""
            <article class="operation" aria-labelledby="{Anchor(method, path)}">
            <h3 id="{Anchor(method, path)}"><code>{method} {path}</code></h3>
            <p><strong>{op.Summary}</strong>{(op.Description is null ? "" : ". ")}{op.Description}</p>
            <p class="note">{Who(op)}</p>
            {(parameters.Count == 0 ? Html.Empty : Html.Of($"""
                <div class="table-wrap"><table class="stack"><caption class="note">Parameters</caption>
                <thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th><th scope="col">Example</th></tr></thead>
                <tbody>{parameters}</tbody></table></div>
                """))}
            {body}
            <div class="table-wrap"><table class="stack"><caption class="note">Answers</caption>
            <thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Content</th></tr></thead>
            <tbody>{responses}</tbody></table></div>
            </article>
            """);
    }

    /// <summary>Who may call an operation, from its security requirements.</summary>
    private static string Who(OpenApiOperation op)
    {
        var requirements = op.Security ?? [];
        if (requirements.Any(r => r.Count == 0)) return "Anyone may call it while reading is open (the default); otherwise any user, with a bearer token or signed in.";
        if (requirements.Count > 0) return "A reviewer or admin: 'Authorization: Bearer pw_…', or signed in with the X-CSRF-TOKEN header from this site's pages.";
        return "Anyone.";
    }

    private static string Type(IOpenApiSchema? schema) =>
        schema?.Type is { } t ? string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(v => t.HasFlag(v)).Select(v => v.ToString().ToLowerInvariant()))
            + (schema.Format is null ? "" : $" ({schema.Format})") : "";

    private static string Values(IOpenApiSchema? schema) =>
        schema?.Enum is { Count: > 0 } values ? $" One of: {string.Join(", ", values.Select(v => v?.ToString()))}." : "";

    private static string Fields(IOpenApiRequestBody body)
    {
        var schema = body.Content?.Values.FirstOrDefault()?.Schema;
        return schema?.Properties is { Count: > 0 } properties ? $" Fields: {string.Join(", ", properties.Keys)}." : "";
    }

    private static string Anchor(string method, string path) => Slug($"{method}-{path}");

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
