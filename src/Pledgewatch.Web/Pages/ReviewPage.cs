using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// The review queue (candidates, oldest first, with keyboard shortcuts) and the form posts behind every review
/// control: accept, reject, edit, merge, split, attach, detach. Posts need a reviewer or admin and a valid anti-forgery token.
/// </summary>
internal static class ReviewPage
{
    public static IEndpointRouteBuilder MapReviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review", Queue).ExcludeFromDescription();
        var write = app.MapGroup("/entries/{id:long}").RequireAuthorization(Policies.Write).RequireRateLimiting(RateLimits.Api).ExcludeFromDescription();
        write.MapPost("/accept", (long id, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.SetStatus(id, EntryStatus.Accepted, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/reject", (long id, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.SetStatus(id, EntryStatus.Rejected, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/merge", (long id, [FromForm] long from, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.Merge(id, from, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/split", (long id, [FromForm] long source, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.Split(id, source, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/attach", (long id, [FromForm] long package, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.Attach(id, package, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/detach", (long id, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store) =>
            Done(ctx, store.Detach(id, Auth.Who(ctx.User)), returnUrl, id));
        write.MapPost("/edit", Edit);
        return app;
    }

    private static IResult Edit(long id, [FromForm(Name = "event_type")] string? eventType, [FromForm] string? amount, [FromForm] string? currency,
        [FromForm] string? stage, [FromForm] string? returnUrl, HttpContext ctx, LedgerStore store)
    {
        if (store.GetEntry(id) is not { } e) return Layout.NotFound(ctx, $"There is no entry {id}.");
        var pairs = new List<string>();
        var f = e.Fields;
        if (!string.IsNullOrWhiteSpace(eventType) && eventType != f.EventType) pairs.Add($"event_type={eventType}");
        if (amount is not null && amount.Trim() != (f.Commitment?.Amount?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")) pairs.Add($"amount={amount.Trim()}");
        if (!string.IsNullOrWhiteSpace(currency) && currency.Trim().ToUpperInvariant() != f.Commitment?.Amount?.Currency) pairs.Add($"currency={currency.Trim()}");
        if (!string.IsNullOrWhiteSpace(stage) && stage != f.Commitment?.Stage) pairs.Add($"stage={stage}");
        if (pairs.Count == 0) return Results.LocalRedirect(Back(returnUrl, id));
        var (edit, error) = EntryEditor.Parse(pairs);
        if (edit is null) return Layout.Page(ctx, "Edit refused", Html.Of($"""<p role="alert" class="error">{error}</p><p><a href="/entries/{id}">Back to entry {id}</a></p>"""), StatusCodes.Status400BadRequest);
        return Done(ctx, store.Edit(id, Auth.Who(ctx.User), edit), returnUrl, id);
    }

    private static IResult Done(HttpContext ctx, ReviewResult result, string? returnUrl, long id)
    {
        if (!result.Succeeded)
            return Layout.Page(ctx, "Change refused", Html.Of($"""<p role="alert" class="error">{result.Error}</p><p><a href="/entries/{id}">Back to entry {id}</a></p>"""), StatusCodes.Status409Conflict);
        return Results.LocalRedirect(Back(returnUrl, result.EntryId));
    }

    /// <summary>Only paths on this site: an open redirect would let a link send a reviewer anywhere.</summary>
    private static string Back(string? returnUrl, long id) =>
        returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : $"/entries/{id}";

    private static ContentHttpResult Queue([AsParameters] EntryListParameters p, HttpContext ctx, LedgerStore store)
    {
        var (q, errors) = EntryParameters.Parse(p with { Status = p.Status ?? "candidate", PageSize = p.PageSize ?? 20 });
        if (errors.Count > 0) return Layout.Page(ctx, "Review", EntryViews.Errors(errors), StatusCodes.Status400BadRequest);
        var page = store.QueryEntries(q);
        var here = ctx.Request.Path + ctx.Request.QueryString;
        var items = page.Items.Select(l => Candidate(ctx, l.Entry, here.ToString()));
        var main = Html.Of($"""
            <p class="note">Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>m</kbd> merge, <kbd>?</kbd> this help.</p>
            <div id="shortcuts" hidden><p class="note">Press Tab to reach every control; the shortcuts act on the focused candidate.</p></div>
            {EntryViews.Pager(ctx, q.Offset / q.Limit + 1, q.Limit, page.Total)}
            {(page.Items.Count == 0 ? Html.Raw("""<p>Nothing awaits review.</p>""") : Html.Join(items))}
            """);
        return Layout.Page(ctx, "Review queue", main);
    }

    private static Html Candidate(HttpContext ctx, LedgerEntry e, string here)
    {
        var f = e.Fields;
        var evidence = e.Sources.FirstOrDefault()?.Evidence.Text;
        return Html.Of($"""
            <article class="candidate" data-candidate tabindex="0" aria-labelledby="c-{e.Id}">
            <h2 id="c-{e.Id}"><a href="/entries/{e.Id}">#{e.Id}</a> {f.EventType} {EntryViews.Codes(f.Actor)} → {EntryViews.Codes(f.Recipient)} · {EntryViews.Dates(f.Date)} {EntryViews.Amount(f.Commitment?.Amount)} {f.Commitment?.Stage}</h2>
            {(evidence is null ? Html.Empty : Html.Of($"<blockquote>{evidence}</blockquote>"))}
            <p class="note">{e.Sources.Count} source{(e.Sources.Count == 1 ? "" : "s")} · {EntryViews.Status(e.Status)}</p>
            {ReviewForms.Render(ctx, e, here)}
            </article>
            """);
    }
}
