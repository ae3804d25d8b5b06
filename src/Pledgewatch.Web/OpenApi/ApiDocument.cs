using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.OpenApi;

/// <summary>
/// Completes the OpenAPI document that ASP.NET Core generates from the endpoints: what the API is, its security
/// schemes (bearer token, sign-in cookie with the anti-forgery header) and which apply to each operation, every
/// parameter's description, example and schema (<see cref="ApiParameters"/>), the request bodies
/// (<see cref="RequestBodyDoc"/>), and a sentence for every answer (<see cref="ApiOperations"/> lists them).
/// </summary>
internal static class ApiDocument
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string AntiForgery = "csrf";

    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        o.AddOperationTransformer(DescribeAsync);
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Pledgewatch API",
            Version = "v1",
            Description = "The ledger of government commitments, sanctions and meetings coded from news reports (EVENTS.md records), "
                + "its review, and rankings of contributors. JSON in snake_case; lists are paged (page, pageSize) and take format=csv. "
                + "Reading is open unless the server closes it; writing needs a reviewer or admin, with a bearer token "
                + "('pledgewatch token create NAME') or the sign-in cookie plus the X-CSRF-TOKEN header. Every error is RFC 9457 "
                + "problem details; a 400 names each wrong field under 'errors'.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "pw_ token",
                Description = "An API token from 'pledgewatch token create NAME', acting as that user with its role: 'Authorization: Bearer pw_…'.",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "pw-auth",
                Description = "The cookie /signin sets (HttpOnly, SameSite=Strict, 8 hours, sliding).",
            },
            [AntiForgery] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = CrossSiteGuard.HeaderName,
                Description = "With the cookie, writes also need this header: the anti-forgery token of this site's pages (their forms' __RequestVerificationToken). Requests from another origin are refused.",
            },
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Ledger entries", Description = "One entry per commitment, sanction, meeting or request, however many reports repeat it; review changes make revisions and audit rows." },
            new() { Name = "Events", Description = "The coded records (EVENTS.md JSON) as the coder wrote them, before de-duplication." },
            new() { Name = "Documents", Description = "The reports in the ledger; POST codes and files a new one." },
            new() { Name = "Actors", Description = "Who acts in the ledger, and one actor's activity and standing." },
            new() { Name = "Rankings", Description = "Contributors ranked in EUR, per person or as share of GDP (ECB rates, World Bank population and GDP)." },
            new() { Name = "Claims", Description = "Comparative claims checked against the rankings." },
            new() { Name = "Feed", Description = "Atom feed of newly accepted entries." },
        };
    }

    private static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var path = "/" + (context.Description.RelativePath ?? "");
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is null || ApiParameters.Find(path, parameter.Name) is not { } doc) continue;
            parameter.Description = doc.Description;
            parameter.Example = doc.Type == JsonSchemaType.Integer ? JsonValue.Create(long.Parse(doc.Example, CultureInfo.InvariantCulture)) : JsonValue.Create(doc.Example);
            parameter.Schema = Schema(doc);
        }

        if (metadata.OfType<RequestBodyDoc>().FirstOrDefault() is { } body)
        {
            var content = new Dictionary<string, OpenApiMediaType>();
            foreach (var type in body.ContentTypes)
                content[type] = new OpenApiMediaType { Schema = body.Schema is null ? new OpenApiSchema { Type = JsonSchemaType.String } : await context.GetOrCreateSchemaAsync(body.Schema, null, cancel) };
            operation.RequestBody = new OpenApiRequestBody { Description = body.Description, Required = body.Required, Content = content };
        }

        var access = metadata.OfType<ApiAccess>().FirstOrDefault();
        foreach (var (code, response) in operation.Responses ?? [])
            if (response is OpenApiResponse r) r.Description = Answer(code, access?.Writes == true, r.Description);

        var document = context.Document;
        if (access is not null && document is not null)
        {
            OpenApiSecuritySchemeReference Scheme(string id) => new(id, document);
            operation.Security = access.Writes
                ? [new() { [Scheme(Bearer)] = [] }, new() { [Scheme(Cookie)] = [], [Scheme(AntiForgery)] = [] }]
                // An empty requirement: reading is open unless the server closes it.
                : [new(), new() { [Scheme(Bearer)] = [] }, new() { [Scheme(Cookie)] = [] }];
        }
    }

    private static OpenApiSchema Schema(ParameterDoc doc) => new()
    {
        Type = doc.Type,
        Format = doc.Format,
        Minimum = doc.Minimum,
        Maximum = doc.Maximum,
        Enum = doc.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    /// <summary>What an answer means, for the operation it belongs to.</summary>
    private static string Answer(string code, bool writes, string? generated) => code switch
    {
        "200" => writes ? "Done: the entry (or document) as it is now." : "The resource; text/csv when format=csv.",
        "201" => "Stored: the new document with its records and the entries they were filed in.",
        "400" => "A parameter or body field is not valid: 'errors' names each one with what it takes.",
        "401" => writes
            ? "No credentials, or an unknown or revoked token: send 'Authorization: Bearer pw_…' or sign in."
            : "Reading is closed on this server and the request has no valid credentials.",
        "403" => "The user's role may not write (viewers read only), the request comes from another origin, or a cookie-authenticated write lacks the X-CSRF-TOKEN header.",
        "404" => "There is no such entry, document or actor.",
        "409" => "The ledger refuses the change, with the reason (e.g. merging entries of different kinds of event without force, an attachment that would make a loop).",
        "413" => "The request body is larger than the server accepts (2 MiB by default).",
        "415" => "The body is not of a type this operation takes.",
        "429" => "Too many requests from this account or address; Retry-After gives the seconds to wait.",
        _ => generated ?? "See the problem details.",
    };
}
