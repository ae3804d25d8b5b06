using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>Fixed one-minute windows per client address: one budget for the API, a small one for sign-in attempts. 429 when spent.</summary>
internal static class RateLimits
{
    public const string Api = "api";
    public const string SignIn = "signin";

    public static void Configure(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(Api, ctx => Partition(ctx, Api, Options(ctx).ApiPermitsPerMinute));
        o.AddPolicy(SignIn, ctx => Partition(ctx, SignIn, Options(ctx).SignInPermitsPerMinute));
    }

    private static WebOptions Options(HttpContext ctx) => ctx.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;

    private static RateLimitPartition<string> Partition(HttpContext ctx, string policy, int permits)
    {
        if (permits <= 0) return RateLimitPartition.GetNoLimiter($"{policy}|off");
        var client = ctx.Connection.RemoteIpAddress?.ToString() ?? "local";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}|{permits}|{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
