using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// Search: words in entries' fields and documents' titles, actor codes; the same filters as the overview narrow the
/// entries, of one dataset (the coded news unless the switch says otherwise).
/// </summary>
internal static class SearchPage
{
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", Render).ExcludeFromDescription();
        return app;
    }

    private static ContentHttpResult Render([AsParameters] EntryListParameters p, string? commitments, HttpContext ctx, LedgerStore store, ComparisonReference reference, IRankingService rankings)
    {
        var (q, errors) = EntryParameters.Parse(p, "-date");
        if (errors.Count > 0) return ErrorPage.Render(ctx, StatusCodes.Status400BadRequest, "Bad Request", "Some search fields are not valid.", errors);
        q = q with { CommitmentsOnly = commitments == "1" };
        // The combined view leaves out coded entries matched to an import: the comparisons keep those matches.
        if (q.Dataset == Ledger.Dataset.All) rankings.Refresh();
        var form = Html.Of($"""
            <form class="filters" method="get" action="/search" role="search">
            <label>Words <input type="search" name="q" value="{p.Q}" autofocus></label>
            <label>Actor <input name="actor" value="{p.Actor}" size="6"></label>
            <label>Recipient <input name="recipient" value="{p.Recipient}" size="6"></label>
            {FilterForm.DatasetSwitch(p, store.Datasets())}
            <button type="submit">Search</button>
            </form>
            """);
        bool any = q.Text is not null || q.Actor is not null || q.Recipient is not null || q.Type is not null || q.From is not null || q.To is not null || q.Stage is not null;
        if (!any) return Layout.Page(ctx, "Search", Html.Of($"""{form}<p class="empty">Search entries by words in their fields (a place, an instrument, a sentence), by actor or recipient code, and documents by title.</p>"""));
        var entries = store.QueryEntries(q);
        var documents = q.Text is null ? new Page<DocumentSummary>([], 0) : store.QueryDocuments(q.Text, 0, 20);
        var actors = q.Text is null ? [] : ActorsApi.All(store, dataset: q.Dataset!).Where(a => a.Code.Contains(q.Text, StringComparison.OrdinalIgnoreCase)).Take(20).ToList();
        var found = documents.Total == 0
            ? Html.Raw("""<p class="empty">No document title or id matches; <a href="/documents">all documents</a> are listed by date.</p>""")
            : Html.Of($"""<ul class="plain">{documents.Items.Select(d => Html.Of($"""<li><a href="/documents/{d.Id}">{d.Title ?? d.Doc}</a> <span class="note">{d.Published}</span></li>"""))}</ul>""");
        // Documents are found by words only.
        var docs = q.Text is null ? Html.Empty : Html.Of($"""<section aria-labelledby="h-docs"><h2 id="h-docs">Documents</h2>{found}</section>""");
        var main = Html.Of($"""
            {form}
            {(actors.Count == 0 ? Html.Empty : Html.Of($"""<section aria-labelledby="h-actors"><h2 id="h-actors">Actors</h2><p>{Html.Join(actors.Select(a => Html.Of($"""<a href="/actors/{a.Code}">{reference.Actors.Name(a.Code)}</a> ({a.Code}, {Words.Count(a.Entries, "entry", "entries")}) """)))}</p></section>"""))}
            <section aria-labelledby="h-entries"><h2 id="h-entries">Entries</h2>
            {EntryViews.Pager(ctx, q.Offset / q.Limit + 1, q.Limit, entries.Total)}
            {EntryViews.Table(entries.Items, $"{Words.Count(entries.Total, "entry matches", "entries match")}", Html.Raw("""No entry matches. Try fewer or shorter words, an actor's code (CAN) rather than its name, or <a href="/search">clear the search</a>."""))}</section>
            {docs}
            """);
        return Layout.Page(ctx, "Search", main);
    }
}
