using Pledgewatch.Web.Api;
using Pledgewatch.Web.Pages;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Hosting;

/// <summary>The request pipeline, in order, then every API and page.</summary>
internal static class WebPipeline
{
    public static WebApplication UsePledgewatchWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Empty 4xx/5xx answers (a bad route value, 401, 403, 404, 413) become ProblemDetails.
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseBodySizeLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi().RequireRateLimiting(RateLimits.Api);
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimits.Api).RequireAuthorization(Policies.Read);
        api.MapEventsApi();
        api.MapEntriesApi();
        api.MapActorsApi();
        api.MapDocumentsApi();
        api.MapRankingsApi();
        api.MapClaimsApi();

        app.MapAssets();
        app.MapSignInPage();
        var pages = app.MapGroup("").RequireAuthorization(Policies.Read);
        pages.MapOverviewPage();
        pages.MapActorPage();
        pages.MapEntryPage();
        pages.MapDocumentsPage();
        pages.MapReviewPage();
        pages.MapSearchPage();
        pages.MapApiDocsPage();
        pages.MapAtomFeed();
        return app;
    }
}
