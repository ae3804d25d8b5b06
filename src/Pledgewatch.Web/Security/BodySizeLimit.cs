using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>
/// Refuses a body declared larger than <see cref="WebOptions.MaxBodyBytes"/> with 413 before anything reads it, and
/// sets the server's own limit for bodies sent without a length (Kestrel enforces it while reading; the readers of
/// <see cref="Api.JsonBody"/> and <see cref="Pages.FormPost"/> count too). It runs after authentication,
/// authorisation and the rate limits: a stranger's large body is refused as a stranger's, not as a large one.
/// </summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var max = Max(context);
        if (context.Request.ContentLength > max) return Refusals.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge(max));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max;
        return next(context);
    });

    public static long Max(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.MaxBodyBytes;

    public static string TooLarge(long max) => $"The request body is larger than the {max:N0} bytes this server accepts.";

    /// <summary>Reads the whole body, or null when it is longer than the limit (bodies without a declared length).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long max, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        try
        {
            while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
            {
                if (buffer.Length + n > max) return null;
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit, for bodies sent without a length.
            return null;
        }
        return buffer.ToArray();
    }
}
