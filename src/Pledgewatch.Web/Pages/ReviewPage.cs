using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Hosting;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// The review queue (candidates and entries a recode left orphaned, of the coded news unless <c>dataset=</c> says
/// otherwise, oldest first, with keyboard shortcuts) and the form posts behind every review control: accept, reject,
/// edit, merge, split, attach, detach. Posts need a reviewer or admin, a request from this
/// site and the page's anti-forgery token (<see cref="FormPost"/>); every change records the signed-in user.
/// </summary>
internal static class ReviewPage
{
    public static IEndpointRouteBuilder MapReviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review", Queue).ExcludeFromDescription();
        var write = app.MapGroup("/entries/{id:long}").RequireAuthorization(Policies.Write).RequireRateLimiting(RateLimits.Api).ExcludeFromDescription();
        write.MapPost("/accept", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, _ => store.SetStatus(id, EntryStatus.Accepted, Auth.Who(ctx.User))));
        write.MapPost("/reject", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, _ => store.SetStatus(id, EntryStatus.Rejected, Auth.Who(ctx.User))));
        write.MapPost("/merge", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, form =>
            Number(form, "from") is long from ? store.Merge(id, from, Auth.Who(ctx.User), form["force"] == "1") : ReviewResult.Fail("'Merge entry #' takes the number of an entry")));
        write.MapPost("/split", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, form =>
            Number(form, "source") is long source ? store.Split(id, source, Auth.Who(ctx.User)) : ReviewResult.Fail("the source to split off is not a number")));
        write.MapPost("/attach", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, form =>
            Number(form, "package") is long package ? store.Attach(id, package, Auth.Who(ctx.User)) : ReviewResult.Fail("'Part of entry #' takes the number of an entry")));
        write.MapPost("/detach", (long id, HttpContext ctx, LedgerStore store) => Post(ctx, id, _ => store.Detach(id, Auth.Who(ctx.User))));
        write.MapPost("/edit", Edit);
        return app;
    }

    private static async Task<IResult> Post(HttpContext ctx, long id, Func<IFormCollection, ReviewResult> action)
    {
        var (form, refusal) = await FormPost.ReadAsync(ctx);
        if (refusal is not null) return refusal;
        return Done(ctx, action(form!), form!["returnUrl"], id);
    }

    private static async Task<IResult> Edit(long id, HttpContext ctx, LedgerStore store)
    {
        var (form, refusal) = await FormPost.ReadAsync(ctx);
        if (refusal is not null) return refusal;
        if (store.GetEntry(id) is not { } e) return Layout.NotFound(ctx, $"There is no entry {id}.");
        string eventType = form!["event_type"].ToString(), amount = form["amount"].ToString(), currency = form["currency"].ToString(), stage = form["stage"].ToString();
        var pairs = new List<string>();
        var f = e.Fields;
        if (!string.IsNullOrWhiteSpace(eventType) && eventType != f.EventType) pairs.Add($"event_type={eventType}");
        if (form.ContainsKey("amount") && amount.Trim() != (f.Commitment?.Amount?.Value.ToString(CultureInfo.InvariantCulture) ?? "")) pairs.Add($"amount={amount.Trim()}");
        if (!string.IsNullOrWhiteSpace(currency) && currency.Trim().ToUpperInvariant() != f.Commitment?.Amount?.Currency) pairs.Add($"currency={currency.Trim()}");
        if (!string.IsNullOrWhiteSpace(stage) && stage != f.Commitment?.Stage) pairs.Add($"stage={stage}");
        if (pairs.Count == 0) return Results.LocalRedirect(FormPost.Back(form["returnUrl"], $"/entries/{id}"));
        var (edit, error) = EntryEditor.Parse(pairs);
        if (edit is null) return Refused(ctx, StatusCodes.Status400BadRequest, "Edit refused", error!, id);
        return Done(ctx, store.Edit(id, Auth.Who(ctx.User), edit), form["returnUrl"], id);
    }

    private static long? Number(IFormCollection form, string field) =>
        long.TryParse(form[field].ToString().Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static IResult Done(HttpContext ctx, ReviewResult result, string? returnUrl, long id) =>
        result.Succeeded ? Results.LocalRedirect(FormPost.Back(returnUrl, $"/entries/{result.EntryId}")) : Refused(ctx, StatusCodes.Status409Conflict, "Change refused", result.Error!, id);

    private static ContentHttpResult Refused(HttpContext ctx, int status, string title, string error, long id) =>
        Layout.Page(ctx, title, Html.Of($"""<p role="alert" class="error">{error}</p><p><a href="/entries/{id}">Back to entry {id}</a></p>"""), status);

    private static ContentHttpResult Queue([AsParameters] EntryListParameters p, HttpContext ctx, LedgerStore store)
    {
        var (q, errors) = EntryParameters.Parse(p with { Status = p.Status ?? "candidate,orphaned", PageSize = p.PageSize ?? "20" });
        if (errors.Count > 0) return Layout.Page(ctx, "Review", EntryViews.Errors(errors), StatusCodes.Status400BadRequest);
        var page = store.QueryEntries(q);
        var here = ctx.Request.Path + ctx.Request.QueryString;
        var items = page.Items.Select(l => Candidate(ctx, l.Entry, here.ToString()));
        var empty = store.Counts().Entries == 0
            ? Html.Raw("""<p>The ledger is empty. Add reports with <code>pledgewatch ingest FILE</code>, or send one to <code>POST /api/v1/documents</code> (see <a href="/api">the API</a>).</p>""")
            : Html.Raw("""<p>Nothing awaits review: every candidate here has been accepted or rejected. New candidates come with the next reports ingested; <a href="/review?status=accepted">accepted entries</a> can be reviewed again.</p>""");
        var main = Html.Of($"""
            <p class="note">Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>m</kbd> merge, <kbd>?</kbd> this help.</p>
            <div id="shortcuts" hidden><p class="note">Press Tab to reach every control; the shortcuts act on the focused candidate.</p></div>
            {EntryViews.Pager(ctx, q.Offset / q.Limit + 1, q.Limit, page.Total)}
            {(page.Items.Count == 0 ? empty : Html.Join(items))}
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
            <p class="note">{Words.Count(e.Sources.Count, "source", "sources")} · {EntryViews.Status(e.Status)}</p>
            {ReviewForms.Render(ctx, e, here)}
            </article>
            """);
    }
}
