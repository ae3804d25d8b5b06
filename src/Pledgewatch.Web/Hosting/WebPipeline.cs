using Pledgewatch.Web.Api;
using Pledgewatch.Web.Pages;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Hosting;

/// <summary>
/// The request pipeline, in order, then every API and page. A request is judged by who sends it before what it
/// sends: authentication, then authorisation (401, 403), then the origin of a write (403), then the rate limits (429),
/// then the body's size (413), and only then, in the endpoint, its type (415) and content (400).
/// </summary>
internal static class WebPipeline
{
    public static WebApplication UsePledgewatchWeb(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Refusals.Exception });
        // Empty 4xx/5xx answers (401, 403, 404, 405) get a body: problem details on the API, a page elsewhere.
        app.UseStatusCodePages(Refusals.StatusCodePage);
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCrossSiteGuard();
        app.UseRateLimiter();
        app.UseBodySizeLimit();
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
