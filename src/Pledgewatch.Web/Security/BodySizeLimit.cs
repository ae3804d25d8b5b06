using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>
/// Refuses a body declared larger than <see cref="WebOptions.MaxBodyBytes"/> with 413 before anything reads it, and
/// sets the server's own limit for bodies sent without a length (Kestrel enforces it while reading).
/// </summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var max = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.MaxBodyBytes;
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = max;
        return next(context);
    });

    /// <summary>Reads the whole body, or null when it is longer than the limit (bodies without a declared length).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long max, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
