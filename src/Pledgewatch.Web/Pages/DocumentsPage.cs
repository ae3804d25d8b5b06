using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;

namespace Pledgewatch.Web.Pages;

/// <summary>The documents in the ledger, and one document with every evidence sentence marked and its records listed.</summary>
internal static class DocumentsPage
{
    public static IEndpointRouteBuilder MapDocumentsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents", List).ExcludeFromDescription();
        app.MapGet("/documents/{id:long}", Show).ExcludeFromDescription();
        return app;
    }

    /// <param name="unsure">"true": only documents whose date is a guess (the file's time, the day of ingest) or that have no outlet country.</param>
    private static ContentHttpResult List(string? q, string? page, string? unsure, HttpContext ctx, LedgerStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var (offset, limit) = EntryParameters.Paging(page, "50", errors);
        if (errors.Count > 0) return ErrorPage.Render(ctx, StatusCodes.Status400BadRequest, "Bad Request", "The page number is not valid.", errors);
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(200, q.Trim().Length)];
        var onlyUnsure = string.Equals(unsure?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var result = store.QueryDocuments(text, offset, limit, unsure: onlyUnsure);
        var rows = result.Items.Select(d => Html.Of($"""
            <tr><td data-label="Title"><a href="/documents/{d.Id}">{d.Title ?? d.Doc}</a></td><td data-label="Id">{d.Doc}</td><td data-label="Published">{Published(d)}</td><td data-label="Outlet country">{Country(d)}</td><td class="num" data-label="Records">{d.Records}</td></tr>
            """));
        var table = Html.Of($"""
            <div class="table-wrap"><table class="stack"><thead><tr><th scope="col">Title</th><th scope="col">Id</th><th scope="col">Published (from)</th><th scope="col">Outlet country (from)</th><th scope="col" class="num">Records</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """);
        var main = Html.Of($"""
            <form class="filters" method="get" action="/documents" role="search"><label>Find <input name="q" value="{q}"></label>
            <label><input type="checkbox" name="unsure" value="true"{(onlyUnsure ? Html.Raw(" checked") : Html.Empty)}> only unsure dates or countries</label><button type="submit">Search</button></form>
            <p class="note">A date taken from the file's time or the day of ingest, and a missing outlet country, are guesses, marked <span class="unsure">unsure</span>; 'pledgewatch document set ID --published DATE --country ISO3' corrects a document and re-codes it.</p>
            {EntryViews.Pager(ctx, offset / limit + 1, limit, result.Total)}
            {(result.Total == 0 ? Empty(text, onlyUnsure) : table)}
            <p><a href="/api/v1/documents?format=csv">All documents as CSV</a></p>
            """);
        return Layout.Page(ctx, "Documents", main);
    }

    private static Html Empty(string? text, bool onlyUnsure) => onlyUnsure
        ? Html.Raw("""<p class="empty">No document here has a guessed date or a missing outlet country; <a href="/documents">list them all</a>.</p>""")
        : text is null
        ? Html.Raw("""<p class="empty">No document yet: reports come in with <code>pledgewatch ingest FILE|FOLDER|URL</code> on the server, or <code>POST /api/v1/documents</code> (see <a href="/api">the API</a>).</p>""")
        : Html.Raw("""<p class="empty">No document title or id matches; try a shorter word, or <a href="/documents">list them all</a>.</p>""");

    private static ContentHttpResult Show(long id, HttpContext ctx, LedgerStore store)
    {
        if (store.GetDocument(id) is not { } d) return Layout.NotFound(ctx, $"There is no document {id}.");
        var records = store.QueryRecords(null, id, 0, EntryQuery.MaxLimit).Items;
        var spans = records.Select(r => JsonNode.Parse(r.Json)?["evidence"]).Where(e => e is not null)
            .Select(e => (Start: e!["start"]!.GetValue<int>(), End: e["end"]!.GetValue<int>()))
            .Where(s => s.Start >= 0 && s.End <= d.Text.Length && s.Start < s.End).Distinct().OrderBy(s => s.Start).ToList();
        var rows = records.Select(r => Html.Of($"""
            <tr><td>{r.Ordinal}</td><td>{r.EventType}</td><td>{(r.EntryId is long e ? Html.Of($"<a href=\"/entries/{e}\">#{e}</a>") : Html.Raw("—"))}</td><td>{JsonNode.Parse(r.Json)?["evidence"]?["text"]?.GetValue<string>()}</td></tr>
            """));
        var main = Html.Of($"""
            <p class="note">{d.Summary.Doc} · published {Published(d.Summary)} · outlet country {Country(d.Summary)} · ingested {d.Summary.IngestedAt} · coded by coder {d.Summary.CoderVersion ?? "unrecorded"}{(d.Summary.Url is null ? Html.Empty : Html.Of($""" · <a href="{Html.SafeUrl(d.Summary.Url)}" rel="noopener noreferrer">original</a>"""))}</p>
            <section aria-labelledby="h-records"><h2 id="h-records">Records</h2>
            <div class="table-wrap"><table><thead><tr><th scope="col">#</th><th scope="col">Category</th><th scope="col">Entry</th><th scope="col">Evidence</th></tr></thead><tbody>{rows}</tbody></table></div></section>
            <section aria-labelledby="h-text"><h2 id="h-text">Text</h2><p class="note">Evidence sentences are marked.</p><div class="document">{Marked(d.Text, spans)}</div></section>
            """);
        return Layout.Page(ctx, d.Summary.Title ?? d.Summary.Doc, main);
    }

    /// <summary>The date with where it came from; a guess marked unsure.</summary>
    private static Html Published(DocumentSummary d) => Html.Of(
        $"""{d.Published ?? "undated"} <span class="note">({MetadataBasis.Describe(d.PublishedFrom)})</span>{(MetadataBasis.IsGuess(d.PublishedFrom) ? Html.Raw(""" <span class="unsure" title="A guess: correct it with 'pledgewatch document set'">unsure</span>""") : Html.Empty)}""");

    /// <summary>The outlet country with where it came from; none marked unsure (a bare "$" stays unresolved).</summary>
    private static Html Country(DocumentSummary d) => d.Country is null
        ? Html.Raw("""none <span class="unsure" title="Without an outlet country a bare $ is not resolved: correct it with 'pledgewatch document set'">unsure</span>""")
        : Html.Of($"""{d.Country} <span class="note">({MetadataBasis.Describe(d.CountryFrom)})</span>""");

    /// <summary>The text with each evidence span in a mark; overlapping spans are merged into the first.</summary>
    private static Html Marked(string text, List<(int Start, int End)> spans)
    {
        var parts = new List<Html>();
        int at = 0;
        foreach (var (start, end) in spans)
        {
            if (start < at) continue;
            parts.Add(Html.Text(text[at..start]));
            parts.Add(Html.Of($"<mark>{text[start..end]}</mark>"));
            at = end;
        }
        parts.Add(Html.Text(text[at..]));
        return Html.Join(parts);
    }
}
