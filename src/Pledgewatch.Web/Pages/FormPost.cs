using Microsoft.AspNetCore.Antiforgery;
using Pledgewatch.Web.Hosting;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// Reads a page's form post after authentication, authorisation and the limits, in the order of the refusals: 413
/// when the body is larger than the limit, 415 unless it is a form, 400 when the anti-forgery token of the page is
/// missing or wrong. Each refusal is a page that says what to do. Forms are read here rather than through parameter
/// binding, whose content-type check runs at routing, before authentication.
/// </summary>
internal static class FormPost
{
    public static async Task<(IFormCollection? Form, IResult? Refusal)> ReadAsync(HttpContext ctx)
    {
        var max = BodySizeLimit.Max(ctx);
        ctx.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: max);
        var body = await BodySizeLimit.ReadAsync(ctx.Request, max, ctx.RequestAborted);
        if (body is null) return (null, Refusals.Of(ctx, StatusCodes.Status413PayloadTooLarge, BodySizeLimit.TooLarge(max)));
        ctx.Request.Body.Position = 0;
        if (!ctx.Request.HasFormContentType)
            return (null, Refusals.Of(ctx, StatusCodes.Status415UnsupportedMediaType, "This address takes the forms of this site's pages (application/x-www-form-urlencoded)."));
        var antiforgery = ctx.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(ctx))
            return (null, Refusals.Of(ctx, StatusCodes.Status400BadRequest, "The form has expired or did not come from this site's page: go back, reload the page and send it again."));
        return (await ctx.Request.ReadFormAsync(ctx.RequestAborted), null);
    }

    /// <summary>The only paths a form may send people back to: an open redirect would let a link send a reviewer anywhere.</summary>
    public static string Back(string? returnUrl, string fallback) =>
        returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : fallback;
}
