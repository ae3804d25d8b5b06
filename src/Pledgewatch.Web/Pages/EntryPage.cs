using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// An entry: its fields, review controls, its package or its parts (<see cref="PackageView"/>), each source with the
/// evidence sentence marked in its document, and its history.
/// </summary>
internal static class EntryPage
{
    /// <summary>Characters of document shown either side of the evidence; the full text is on the document's page.</summary>
    private const int Context = 600;

    public static IEndpointRouteBuilder MapEntryPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entries/{id:long}", Render).ExcludeFromDescription();
        return app;
    }

    private static ContentHttpResult Render(long id, HttpContext ctx, LedgerStore store, ComparisonReference reference, IRankingService rankings)
    {
        rankings.Refresh();
        if (store.GetEntry(id) is not { } e) return Layout.NotFound(ctx, $"There is no entry {id}.");
        var (revisions, audit) = store.History(id);
        var sources = e.Sources.Select(s => Source(s, store.SourceDocumentText(s.Id)));
        var history = audit.Select(a => Html.Of($"""<tr><td data-label="When (UTC)">{a.At}</td><td data-label="Who">{a.Who}</td><td data-label="Action">{a.Action}</td><td data-label="Changes">{Changes(a)}</td></tr>"""));
        var main = Html.Of($"""
            <p>{EntryViews.Status(e.Status)} revision {e.Revision} · {Words.Count(e.Sources.Count, "source", "sources")} · dataset {FilterForm.Label(e.Dataset)}{Eur(e)}</p>
            {Same(e, store.SameCommitments(id))}
            <section aria-labelledby="h-record" data-candidate tabindex="0"><h2 id="h-record">Record</h2>
            {EntryViews.Fields(e.Fields)}
            {ReviewForms.Render(ctx, e, $"/entries/{id}")}
            </section>
            {PackageView.Render(e, store, reference.Converter)}
            <section aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2>{sources}</section>
            <section aria-labelledby="h-history"><h2 id="h-history">History</h2>
            <div class="table-wrap"><table id="audit" class="stack"><caption class="note">Audit log: every change with its author and the fields it changed ({Words.Count(revisions.Count, "revision", "revisions")})</caption>
            <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Changes</th></tr></thead>
            <tbody>{history}</tbody></table></div>
            </section>
            <p><a href="/api/v1/entries/{id}">JSON</a> · <a href="/api/v1/entries/{id}/history">History as JSON</a></p>
            """);
        return Layout.Page(ctx, $"Entry {id}: {e.Fields.EventType} {Names(e.Fields.Actor, reference)} → {Names(e.Fields.Recipient, reference)}", main);
    }

    /// <summary>The amount in EUR beside the one reported, when the entry has one.</summary>
    private static Html Eur(LedgerEntry e) => e.Fields.Commitment?.Amount is null ? Html.Empty
        : e.AmountEur is double eur ? Html.Of($" · {Figures.Eur(eur, true)} at the ECB rate of {EntryViews.Day(e.Fields.Date.From)}")
        : Html.Raw(" · no EUR figure (no ECB rate for this currency and date)");

    /// <summary>The other dataset's entry that is the same commitment (same donor, recipient, month, amount within 1% in EUR), both ways.</summary>
    private static Html Same(LedgerEntry e, IReadOnlyList<long> coded)
    {
        if (e.SameAs is long imported)
            return Html.Of($"""<p class="note">The same commitment as <a href="/entries/{imported}">entry {imported}</a> of an imported dataset: the combined view (all datasets) counts that one, with this entry's sources beside it.</p>""");
        if (coded.Count == 0) return Html.Empty;
        var links = Html.Join(coded.Select((c, i) => Html.Of($"""{(i > 0 ? ", " : "")}<a href="/entries/{c}">entry {c}</a>""")));
        return Html.Of($"""<p class="note">The coded news reports this commitment too: {links}. The combined view counts it once, here.</p>""");
    }

    /// <summary>The source's document around the evidence, the evidence in a mark; the stored sentence alone when the document is not stored.</summary>
    private static Html Source(EntrySource s, string? text)
    {
        var ev = s.Evidence;
        Html body;
        if (text is null || ev.Start < 0 || ev.End > text.Length || ev.Start > ev.End)
            body = Html.Of($"""<p class="document"><mark>{ev.Text}</mark></p><p class="note">The document is not stored (imported entry); the sentence is as exported.</p>""");
        else
        {
            int from = Math.Max(0, ev.Start - Context), to = Math.Min(text.Length, ev.End + Context);
            body = Html.Of($"""<p class="document">{(from > 0 ? "… " : "")}{text[from..ev.Start]}<mark>{text[ev.Start..ev.End]}</mark>{text[ev.End..to]}{(to < text.Length ? " …" : "")}</p>""");
        }
        var link = s.Url is null ? Html.Empty : Html.Of($""" · <a href="{Html.SafeUrl(s.Url)}" rel="noopener noreferrer">original</a>""");
        return Html.Of($"""
            <article aria-label="Source {s.Id}">
            <h3>{s.Title ?? s.Doc}</h3>
            <p class="note">Source {s.Id} · {s.Doc}{(s.Published is { } p ? " · " + EntryViews.Day(p) : "")}{link} · sentence {ev.Sentence}, characters {ev.Start}–{ev.End}</p>
            {body}
            <p class="note">Why here: {s.Rule}</p>
            {(s.RetiredAt is { } retired ? Html.Of($"""<p class="note flag">Retired {retired}: the current coder no longer makes this record.</p>""") : Html.Empty)}
            </article>
            """);
    }

    /// <summary>Names before codes: "Canada", "Canada, France"; an entity without a code by its text; "—" for none.</summary>
    private static string Names(IReadOnlyList<Records.EntityRef> entities, ComparisonReference reference) =>
        entities.Count == 0 ? "—" : string.Join(", ", entities.Select(e => e.Code is { } code ? reference.Actors.Name(code) : e.Text).Distinct());

    /// <summary>An audit row's change in words: the fields it changed, before → after; a new entry by what it opened with.</summary>
    private static Html Changes(AuditRecord a)
    {
        var changes = AuditChanges.Of(a.Before, a.After);
        if (a.Before is null && a.After is not null && a.Action is "create" or "import" or "split")
            return Html.Of($"opened as {changes.FirstOrDefault(c => c.Field == "status")?.After ?? "candidate"}");
        if (changes.Count == 0) return Html.Raw("—");
        return Html.Of($"""<ul class="changes">{changes.Select(c => Html.Of($"<li><strong>{c.Field}</strong>: {c.Before} → {c.After}</li>"))}</ul>""");
    }
}
