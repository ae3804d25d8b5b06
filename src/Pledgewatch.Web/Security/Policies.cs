using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>The authorisation policies: reading (open unless configured otherwise), writing (reviewer or admin).</summary>
internal static class Policies
{
    public const string Read = "read";
    public const string Write = "write";

    public static void Configure(AuthorizationOptions o)
    {
        o.AddPolicy(Read, p => p.RequireAssertion(ctx =>
            ctx.User.Identity?.IsAuthenticated == true
            || (ctx.Resource as HttpContext)?.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.OpenReading != false));
        o.AddPolicy(Write, p => p.RequireRole(Roles.Reviewer, Roles.Admin));
    }
}
