using Pledgewatch.Ledger;
using Pledgewatch.Web.Api;

namespace Pledgewatch.Web.Pages;

/// <summary>The review controls of one entry (accept, reject, edit, merge, split, attach, detach), each a POST form with the anti-forgery token.</summary>
internal static class ReviewForms
{
    public static Html Render(HttpContext ctx, LedgerEntry e, string returnUrl)
    {
        if (!Layout.CanWrite(ctx))
        {
            return ctx.User.Identity?.IsAuthenticated == true
                ? Html.Raw("""<p class="note">Your role can read but not review.</p>""")
                : Html.Of($"""<p class="note"><a href="/signin?returnUrl={Uri.EscapeDataString(returnUrl)}">Sign in</a> as a reviewer to accept, reject or edit.</p>""");
        }
        if (e.MergedInto is long target) return Html.Of($"""<p class="note">Merged into <a href="/entries/{target}">entry {target}</a>.</p>""");
        var token = Layout.Token(ctx);
        var back = Html.Of($"""<input type="hidden" name="returnUrl" value="{returnUrl}">""");
        var f = e.Fields;
        var edit = Html.Of($"""
            <form method="post" action="/entries/{e.Id}/edit" aria-label="Edit entry {e.Id}">{token}{back}
            <label>Category <select name="event_type" data-action="edit">{Vocabulary.EventTypes.Select(t => Html.Of($"""<option{(t == f.EventType ? Html.Raw(" selected") : Html.Empty)}>{t}</option>"""))}</select></label>
            <label>Amount <input name="amount" inputmode="decimal" size="12" value="{f.Commitment?.Amount?.Value}"></label>
            <label>Currency <input name="currency" size="4" value="{f.Commitment?.Amount?.Currency}"></label>
            <label>Stage <select name="stage"><option value="">—</option>{Vocabulary.Stages.Select(s => Html.Of($"""<option{(s == f.Commitment?.Stage ? Html.Raw(" selected") : Html.Empty)}>{s}</option>"""))}</select></label>
            <button type="submit" class="secondary">Save</button>
            </form>
            """);
        var splits = e.Sources.Count < 2 ? Html.Empty : Html.Join(e.Sources.Select(s => Html.Of($"""
            <form method="post" action="/entries/{e.Id}/split">{token}{back}<input type="hidden" name="source" value="{s.Id}"><button type="submit" class="secondary">Split off source {s.Id} ({s.Doc})</button></form>
            """)));
        return Html.Of($"""
            <div class="actions">
            <form method="post" action="/entries/{e.Id}/accept">{token}{back}<button type="submit" data-action="accept" aria-keyshortcuts="a">Accept</button></form>
            <form method="post" action="/entries/{e.Id}/reject">{token}{back}<button type="submit" class="danger" data-action="reject" aria-keyshortcuts="r">Reject</button></form>
            <form method="post" action="/entries/{e.Id}/merge">{token}{back}<label>Merge entry # <input type="number" name="from" min="1" required data-action="merge" aria-keyshortcuts="m"></label> <label class="inline-check"><input type="checkbox" name="force" value="1"> even if another kind of event</label> <button type="submit" class="secondary">into this</button></form>
            {splits}
            <form method="post" action="/entries/{e.Id}/attach">{token}{back}<label>Part of entry # <input type="number" name="package" min="1" required></label> <button type="submit" class="secondary">Attach</button></form>
            {(e.Parent is long parent ? Html.Of($"""<form method="post" action="/entries/{e.Id}/detach">{token}{back}<button type="submit" class="secondary">Detach from entry {parent}</button></form>""") : Html.Empty)}
            </div>
            <details><summary>Edit fields</summary>{edit}</details>
            """);
    }
}
