using Microsoft.AspNetCore.Hosting;

namespace Pledgewatch.Web.Tests.Support;

/// <summary>The app with small limits: 3 sign-in attempts and 5 API requests a minute, 1 KiB bodies.</summary>
public sealed class LimitedFactory : WebAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pledgewatch:ApiPermitsPerMinute", "5");
        builder.UseSetting("Pledgewatch:SignInPermitsPerMinute", "3");
        builder.UseSetting("Pledgewatch:MaxBodyBytes", "1024");
    }
}
