using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Pages;

/// <summary>An actor: where it ranks (total, per capita, share of GDP), its commitments, sanctions and meetings, and what it received.</summary>
internal static class ActorPage
{
    public static IEndpointRouteBuilder MapActorPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/actors/{code}", Render).ExcludeFromDescription();
        return app;
    }

    private static ContentHttpResult Render(string code, [AsParameters] EntryListParameters p, HttpContext ctx, LedgerStore store, IRankingService rankings)
    {
        var errors = new Dictionary<string, string[]>();
        var c = EntryParameters.Code(code, "code", errors);
        var (q, filterErrors) = EntryParameters.Parse(p with { Actor = null }, "-date");
        foreach (var (k, v) in filterErrors) errors[k] = v;
        if (c is null || errors.Count > 0) return Layout.Page(ctx, "Actor", EntryViews.Errors(errors), StatusCodes.Status400BadRequest);

        var standing = rankings.Standing(c, new RankingQuery(Stage: q.Stage, From: q.From, To: q.To, Recipient: q.Recipient, Statuses: q.Statuses, Limit: int.MaxValue));
        var commitments = store.QueryEntries(q with { Actor = c, CommitmentsOnly = true, Limit = 50 });
        var sanctions = store.QueryEntries(q with { Actor = c, Type = "SANCTION", Limit = 50 });
        var meetings = store.QueryEntries(q with { Actor = c, Type = "CONSULT", Limit = 50 });
        var received = store.QueryEntries(q with { Recipient = c, CommitmentsOnly = true, Limit = 50 });
        if (commitments.Total + sanctions.Total + meetings.Total + received.Total == 0 && store.QueryEntries(new EntryQuery(Actor: c, Limit: 0)).Total == 0)
            return Layout.NotFound(ctx, $"No entry names {c} as actor or recipient.");

        var main = Html.Of($"""
            {FilterForm.Render($"/actors/{c}", p)}
            <section aria-labelledby="h-rank"><h2 id="h-rank">Where {c} ranks</h2>
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">Measure</th><th scope="col" class="num">Rank</th><th scope="col" class="num">Value</th></tr></thead>
            <tbody>{Row("Total", standing.Total)}{Row("Per capita", standing.PerCapita)}{Row("Share of GDP", standing.ShareOfGdp)}</tbody>
            </table></div>
            {(standing.Note is null ? Html.Empty : Html.Of($"""<p class="note">{standing.Note}</p>"""))}
            </section>
            <section aria-labelledby="h-commitments"><h2 id="h-commitments">Commitments by {c}</h2>{EntryViews.Table(commitments.Items, $"{commitments.Total} commitments, latest 50")}</section>
            <section aria-labelledby="h-sanctions"><h2 id="h-sanctions">Sanctions by {c}</h2>{EntryViews.Table(sanctions.Items, $"{sanctions.Total} sanctions, latest 50")}</section>
            <section aria-labelledby="h-meetings"><h2 id="h-meetings">Meetings</h2>{EntryViews.Table(meetings.Items, $"{meetings.Total} meetings, latest 50")}</section>
            <section aria-labelledby="h-received"><h2 id="h-received">Commitments to {c}</h2>{EntryViews.Table(received.Items, $"{received.Total} commitments, latest 50")}</section>
            <p><a href="/feed.atom?actor={c}">Atom feed of {c}'s accepted entries</a> · <a href="/api/v1/entries?actor={c}&format=csv">{c}'s entries as CSV</a> · <a href="/api/v1/actors/{c}">JSON</a></p>
            """);
        return Layout.Page(ctx, c, main);
    }

    private static Html Row(string measure, RankingRow? row) => row is null
        ? Html.Of($"""<tr><th scope="row">{measure}</th><td class="num">—</td><td class="num">not ranked</td></tr>""")
        : Html.Of($"""<tr><th scope="row">{measure}</th><td class="num">{row.Rank}</td><td class="num">{Figure(row)} {row.Unit}</td></tr>""");

    // Shares of GDP are small fractions of a percent: two decimals would show most of them as 0.01 or 0.
    private static string Figure(RankingRow row) => row.Unit == "percent of GDP"
        ? row.Value.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)
        : Html.Number(row.Value);
}
