using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Hosting;

/// <summary>The services of the web app: the ledger, the coder, comparisons, authentication, limits, OpenAPI.</summary>
internal static class WebServices
{
    public static WebApplicationBuilder AddPledgewatchWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // One line per request would swamp the console (and slow a busy server); warnings and the start-up lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section));
        services.AddSingleton(TimeProvider.System);
        // Opened once: the store pools its connections and is thread-safe; opening migrates the schema.
        services.AddSingleton(sp => LedgerStore.Open(DatabaseTarget.Parse(sp.GetRequiredService<IOptions<WebOptions>>().Value.Db)));
        services.AddSingleton(_ => CodingPipeline.Create());
        services.AddMemoryCache(o => o.SizeLimit = 2048);
        // The comparisons tables live beside the ledger's; creating the store makes them if missing.
        services.AddSingleton(_ => ComparisonReference.Default);
        services.AddSingleton(sp => new ComparisonStore(sp.GetRequiredService<LedgerStore>(), sp.GetRequiredService<ComparisonReference>()));
        services.AddSingleton<ComparisonsRankingService>();
        services.AddSingleton<IRankingService>(sp => sp.GetRequiredService<ComparisonsRankingService>());
        services.AddSingleton<IClaimService, ComparisonsClaimService>();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            // The API speaks EVENTS.md's snake_case throughout.
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
            // Numbers are numbers: no "12" for 12 in bodies, so the OpenAPI schemas say "integer", not "integer or string".
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddOpenApi(OpenApi.ApiDocument.Configure);
        services.AddAntiforgery(o =>
        {
            // Pages' forms carry the token as a field; API writes with the sign-in cookie send it in this header.
            o.HeaderName = CrossSiteGuard.HeaderName;
            o.Cookie.Name = "pw-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthentication(Auth.Smart)
            .AddPolicyScheme(Auth.Smart, "cookie or bearer token", o => o.ForwardDefaultSelector = Auth.SelectScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, Auth.ConfigureCookie)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorization(Policies.Configure);
        services.AddRateLimiter(RateLimits.Configure);
        services.AddSingleton<SignInThrottle>();
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueLengthLimit = 64 * 1024;
            o.MultipartBodyLengthLimit = 2 * 1024 * 1024;
        });
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var options = context.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        return builder;
    }
}
