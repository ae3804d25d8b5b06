using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Pledgewatch.Web.Pages;

namespace Pledgewatch.Web.Hosting;

/// <summary>
/// Every error answer, in the form its reader can use: RFC 9457 problem details (naming the field, for a 400) on the
/// API and the OpenAPI document, an HTML page that says what to do next on every other path. The status code pages,
/// the exception handler, the guards and the limits all answer through here.
/// </summary>
internal static class Refusals
{
    /// <summary>The API, its description and the feed (read by programs); everything else, /api included, is for people.</summary>
    public static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api/v1") || ctx.Request.Path.StartsWithSegments("/openapi") || ctx.Request.Path.StartsWithSegments("/feed.atom");

    public static IResult Of(HttpContext ctx, int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        var title = Title(status);
        if (IsApi(ctx))
        {
            return errors is { Count: > 0 }
                ? TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail })
                : TypedResults.Problem(detail, statusCode: status, title: title);
        }
        return ErrorPage.Render(ctx, status, title, detail, errors);
    }

    public static Task WriteAsync(HttpContext ctx, int status, string detail, IDictionary<string, string[]>? errors = null) =>
        Of(ctx, status, detail, errors).ExecuteAsync(ctx);

    /// <summary>What an empty error answer (a status set by routing, authentication or a limit) means, in a sentence with the next step.</summary>
    public static string Detail(HttpContext ctx, int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid.",
        StatusCodes.Status401Unauthorized => IsApi(ctx)
            ? "No credentials, or a token that is unknown or revoked: send 'Authorization: Bearer pw_…' (from 'pledgewatch token create NAME') or sign in."
            : "Sign in to see this page.",
        StatusCodes.Status403Forbidden => "Your role may not do this: reviewing and ingesting need a reviewer or admin.",
        StatusCodes.Status404NotFound => $"There is nothing at {ctx.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{ctx.Request.Method} is not allowed at {ctx.Request.Path}; /api lists the methods of each path.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this server accepts.",
        StatusCodes.Status415UnsupportedMediaType => "The request body is not of a type this path accepts; /api lists them.",
        StatusCodes.Status429TooManyRequests => "Too many requests: wait and try again (Retry-After says how long).",
        _ => "Something went wrong on the server; the error is logged.",
    };

    public static string Title(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    /// <summary>The status code pages' handler: empty 4xx/5xx answers get a body.</summary>
    public static Task StatusCodePage(StatusCodeContext context)
    {
        var ctx = context.HttpContext;
        return WriteAsync(ctx, ctx.Response.StatusCode, Detail(ctx, ctx.Response.StatusCode));
    }

    /// <summary>
    /// The exception handler: a request the server could not read (a body over the server's limit, a broken form) is
    /// the client's 4xx with what went wrong; anything else is a 500 that tells nothing of the internals.
    /// </summary>
    public static Task Exception(HttpContext ctx)
    {
        var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? Detail(ctx, bad.StatusCode) : $"The request could not be read: {bad.Message}";
            return WriteAsync(ctx, bad.StatusCode, detail);
        }
        return WriteAsync(ctx, StatusCodes.Status500InternalServerError, $"Something went wrong on the server; the error is logged (trace id {ctx.TraceIdentifier}).");
    }
}
