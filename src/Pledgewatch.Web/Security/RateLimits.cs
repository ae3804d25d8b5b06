using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter, in fixed one-minute windows: the API's budget per account (the signed-in user or the
/// token's user) or, for anonymous readers, per client address; a volume budget per address for sign-in posts (failed
/// sign-ins are limited per account and per address by <see cref="SignInThrottle"/>). A refusal is 429 with
/// <c>Retry-After</c>, as problem details on the API and as a page elsewhere.
/// </summary>
internal static class RateLimits
{
    public const string Api = "api";
    public const string SignIn = "signin";

    public static void Configure(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(Api, ctx => Partition(Api, Options(ctx).ApiPermitsPerMinute, Account(ctx) ?? Address(ctx)));
        o.AddPolicy(SignIn, ctx => Partition(SignIn, Options(ctx).SignInPermitsPerMinute, Address(ctx)));
        o.OnRejected = (context, _) =>
        {
            var ctx = context.HttpContext;
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            return Refuse(ctx, wait, ctx.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SignIn
                ? $"Too many sign-in attempts from this address; try again in {Seconds(wait)} seconds."
                : $"Too many requests from this {(Account(ctx) is null ? "address" : "account")}; try again in {Seconds(wait)} seconds.");
        };
    }

    /// <summary>A 429 with <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public static ValueTask Refuse(HttpContext ctx, TimeSpan wait, string detail)
    {
        ctx.Response.Headers.RetryAfter = Seconds(wait);
        return new ValueTask(Refusals.WriteAsync(ctx, StatusCodes.Status429TooManyRequests, detail));
    }

    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static WebOptions Options(HttpContext ctx) => ctx.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;

    private static string? Account(HttpContext ctx) => ctx.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : null;

    public static string Address(HttpContext ctx) => "address:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "local");

    private static RateLimitPartition<string> Partition(string policy, int permits, string client)
    {
        if (permits <= 0) return RateLimitPartition.GetNoLimiter($"{policy}|off");
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}|{permits}|{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
