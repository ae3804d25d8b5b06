using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// An actor, named (Canada (CAN)): where it ranks by total, per capita and share of GDP, out of how many ("2nd of 41"),
/// its commitments, sanctions and meetings, and what it received.
/// </summary>
internal static class ActorPage
{
    public static IEndpointRouteBuilder MapActorPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/actors/{code}", Render).ExcludeFromDescription();
        return app;
    }

    private static ContentHttpResult Render(string code, [AsParameters] EntryListParameters p, HttpContext ctx, LedgerStore store, IRankingService rankings, ComparisonReference reference)
    {
        var errors = new Dictionary<string, string[]>();
        var c = EntryParameters.Code(code, "code", errors);
        var (q, filterErrors) = EntryParameters.Parse(p with { Actor = null }, "-date");
        foreach (var (k, v) in filterErrors) errors[k] = v;
        if (c is null || errors.Count > 0) return ErrorPage.Render(ctx, StatusCodes.Status400BadRequest, "Bad Request", "Some filters are not valid.", errors);

        // The standing refreshes the amounts in EUR and the combined view's matches, which the lists below read.
        var standing = rankings.Standing(c, new RankingQuery(Stage: q.Stage, From: q.From, To: q.To, Recipient: q.Recipient, Statuses: q.Statuses, Limit: int.MaxValue, Dataset: q.Dataset!));
        var shown = FilterForm.Label(q.Dataset!);
        var commitments = store.QueryEntries(q with { Actor = c, CommitmentsOnly = true, Limit = 50 });
        var sanctions = store.QueryEntries(q with { Actor = c, Type = "SANCTION", Limit = 50 });
        var meetings = store.QueryEntries(q with { Actor = c, Type = "CONSULT", Limit = 50 });
        var received = store.QueryEntries(q with { Recipient = c, CommitmentsOnly = true, Limit = 50 });
        if (commitments.Total + sanctions.Total + meetings.Total + received.Total == 0 && store.QueryEntries(new EntryQuery(Actor: c, Limit: 0, Dataset: Ledger.Dataset.All)).Total == 0)
            return ErrorPage.Render(ctx, StatusCodes.Status404NotFound, "Not Found", $"No entry names {c} as actor or recipient: check the code (ISO 3166-1 alpha-3, such as CAN) or search for the name.");

        var name = reference.Actors.Name(c);
        var filtered = FilterForm.Query(p with { Actor = null }).Length > 0;
        Html Listed(Page<ListedEntry> page, string one, string many, string none) => ActorPage.Listed(page, one, many, none, filtered, q.Dataset!);
        var who = name == c ? c : name;
        var main = Html.Of($"""
            {FilterForm.Render($"/actors/{c}", p, store.Datasets())}
            <section aria-labelledby="h-rank"><h2 id="h-rank">Where {who} ranks, {shown}</h2>
            <div class="table-wrap"><table class="stack">
            <thead><tr><th scope="col">Measure</th><th scope="col" class="num">Rank</th><th scope="col" class="num">Value</th></tr></thead>
            <tbody>{Row("Total", standing.Total, standing.TotalOf)}{Row("Per capita", standing.PerCapita, standing.PerCapitaOf)}{Row("Share of GDP", standing.ShareOfGdp, standing.ShareOfGdpOf)}</tbody>
            </table></div>
            {(standing.Note is null ? Html.Empty : Html.Of($"""<p class="note">{standing.Note}</p>"""))}
            </section>
            <section aria-labelledby="h-commitments"><h2 id="h-commitments">Commitments by {who}</h2>{Listed(commitments, "commitment", "commitments", $"{who} made no commitment")}</section>
            <section aria-labelledby="h-sanctions"><h2 id="h-sanctions">Sanctions by {who}</h2>{Listed(sanctions, "sanction", "sanctions", $"{who} imposed no sanction")}</section>
            <section aria-labelledby="h-meetings"><h2 id="h-meetings">Meetings</h2>{Listed(meetings, "meeting", "meetings", $"No meeting of {who}")}</section>
            <section aria-labelledby="h-received"><h2 id="h-received">Commitments to {who}</h2>{Listed(received, "commitment", "commitments", $"No commitment to {who}")}</section>
            <p><a href="/feed.atom?actor={c}&dataset={q.Dataset}">Atom feed of {who}'s accepted entries</a> · <a href="/api/v1/entries?actor={c}&dataset={q.Dataset}&format=csv">{who}'s entries as CSV</a> · <a href="/api/v1/actors/{c}?dataset={q.Dataset}">JSON</a></p>
            """);
        return Layout.Page(ctx, name == c ? c : $"{name} ({c})", main);
    }

    /// <summary>A list of the latest 50 entries, captioned with how many there are in all; an empty one says so and how to widen it.</summary>
    private static Html Listed(Page<ListedEntry> page, string one, string many, string none, bool filtered, string dataset) =>
        EntryViews.Table(page.Items, $"{Words.Count(page.Total, one, many)}{(page.Total > page.Items.Count ? $", the latest {page.Items.Count}" : "")}",
            filtered ? Html.Of($"""{none} under these filters. <a href="?">Clear the filters</a> to see all of them.""") : Html.Of($"{none} in {(dataset == Ledger.Dataset.All ? "any dataset" : dataset is Ledger.Dataset.News or "kiel" ? "the " + FilterForm.Label(dataset) : $"the dataset '{dataset}'")}."));

    private static Html Row(string measure, RankingRow? row, int of) => row is null
        ? Html.Of($"""<tr><th scope="row">{measure}</th><td class="num" data-label="Rank">—</td><td class="num" data-label="Value">not ranked</td></tr>""")
        : Html.Of($"""<tr><th scope="row">{measure}</th><td class="num" data-label="Rank">{Words.Ordinal(row.Rank)} of {of}</td><td class="num" data-label="Value">{Figures.Short(row.Value, row.Unit)}</td></tr>""");
}
