using System.Collections.Frozen;

namespace Pledgewatch.Web.Pages;

/// <summary>The stylesheet, scripts and icon, served from the assembly's resources (Assets/ in the project) with a day's caching.</summary>
internal static class Assets
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext ctx) =>
        {
            if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
            ctx.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(file.Bytes, file.Type);
        }).ExcludeFromDescription();
        return app;
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(Assets).Assembly;
        var files = new Dictionary<string, (byte[], string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource["Assets/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "text/javascript; charset=utf-8",
            };
            files[name] = (buffer.ToArray(), type);
        }
        return files.ToFrozenDictionary();
    }
}
