using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;

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

    private static ContentHttpResult Render(long id, HttpContext ctx, LedgerStore store, ComparisonReference reference)
    {
        if (store.GetEntry(id) is not { } e) return Layout.NotFound(ctx, $"There is no entry {id}.");
        var (revisions, audit) = store.History(id);
        var sources = e.Sources.Select(s => Source(s, store.SourceDocumentText(s.Id)));
        var history = audit.Select(a => Html.Of($"""<tr><td>{a.At}</td><td>{a.Who}</td><td>{a.Action}</td><td><code>{Shorten(a.After)}</code></td></tr>"""));
        var main = Html.Of($"""
            <p>{EntryViews.Status(e.Status)} revision {e.Revision} · {e.Sources.Count} source{(e.Sources.Count == 1 ? "" : "s")}</p>
            <section aria-labelledby="h-record" data-candidate tabindex="0"><h2 id="h-record">Record</h2>
            {EntryViews.Fields(e.Fields)}
            {ReviewForms.Render(ctx, e, $"/entries/{id}")}
            </section>
            {PackageView.Render(e, store, reference.Converter)}
            <section aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2>{sources}</section>
            <section aria-labelledby="h-history"><h2 id="h-history">History</h2>
            <div class="table-wrap"><table id="audit"><caption class="note">Audit log: every change with its author ({revisions.Count} revisions)</caption>
            <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">After</th></tr></thead>
            <tbody>{history}</tbody></table></div>
            </section>
            <p><a href="/api/v1/entries/{id}">JSON</a> · <a href="/api/v1/entries/{id}/history">History as JSON</a></p>
            """);
        return Layout.Page(ctx, $"Entry {id}: {e.Fields.EventType} {EntryFields.Codes(e.Fields.Actor)} → {EntryFields.Codes(e.Fields.Recipient)}", main);
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
            </article>
            """);
    }

    private static string Shorten(string? json) => json is null ? "—" : json.Length <= 160 ? json : json[..159] + "…";
}
