using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.Pages.Charts;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// The overview of one dataset (the coded news unless <c>dataset=</c> says otherwise; <c>all</c> combines them, each
/// commitment once): the entries of every dataset counted apart, the ranking of contributors and entries by category
/// as charts, the timeline of commitments, the latest entries. <c>stack=purpose</c> (or <c>instrument</c>) stacks each
/// contributor's bar by the parts of its packages.
/// </summary>
internal static class OverviewPage
{
    public static IEndpointRouteBuilder MapOverviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Render).ExcludeFromDescription();
        return app;
    }

    private static ContentHttpResult Render([AsParameters] EntryListParameters p, string? stack, HttpContext ctx, LedgerStore store, IRankingService rankings)
    {
        var (q, errors) = EntryParameters.Parse(p, "-date");
        stack = EntryParameters.OneOf(stack, RankingQuery.Breakdowns, "stack", errors);
        var datasets = store.Datasets();
        if (errors.Count > 0) return Layout.Page(ctx, "Overview", Html.Of($"{FilterForm.Render("/", p, datasets)}{EntryViews.Errors(errors)}"), StatusCodes.Status400BadRequest);
        if (datasets.Sum(d => d.Entries) == 0) return Layout.Page(ctx, "Overview", Empty);
        var query = FilterForm.Query(p);
        // The ranking refreshes the amounts in EUR and the combined view's matches, which the lists below read.
        var ranking = rankings.Rank(new RankingQuery(Stage: q.Stage, From: q.From, To: q.To, Recipient: q.Recipient, Statuses: q.Statuses, Limit: 10, Breakdown: stack, Dataset: q.Dataset!));
        var byStatus = store.Totals(q, EntryGroup.Status).ToDictionary(t => t.Key, t => t.Count);
        var byType = store.Totals(q, EntryGroup.Type);
        var commitments = q with { CommitmentsOnly = true };
        var months = store.Totals(commitments, EntryGroup.Month).ToDictionary(t => t.Key, t => t.Count);
        var latest = store.QueryEntries(q with { Sort = "-date", Limit = 15 });
        var shown = FilterForm.Label(q.Dataset!);

        var entries = byStatus.Values.Sum();
        var commitmentCount = months.Values.Sum();
        var totals = Html.Of($"""
            <ul class="totals" aria-label="Totals for these filters">
            <li><strong>{entries:N0}</strong> {(entries == 1 ? "entry" : "entries")}</li>
            <li><strong>{byStatus.GetValueOrDefault(EntryStatus.Accepted):N0}</strong> accepted</li>
            <li><strong>{byStatus.GetValueOrDefault(EntryStatus.Candidate):N0}</strong> awaiting review</li>
            <li><strong>{commitmentCount:N0}</strong> {(commitmentCount == 1 ? "commitment" : "commitments")}</li>
            </ul>
            """);
        var rankingChart = BarChart.Render("ranking", ranking.Title.Length > 0 ? ranking.Title : "Largest contributors", ranking.Basis, RankingBars(ranking));
        var stacking = stack is null
            ? Html.Of($"""<a href="/?{Join(query, "stack=purpose")}">Stack by purpose</a> · <a href="/?{Join(query, "stack=instrument")}">by instrument</a>""")
            : Html.Of($"""<a href="{(query.Length == 0 ? "/" : "/?" + query)}">Plain bars</a>""");
        var typeChart = BarChart.Render("by-type", $"Entries by category, {shown}", "Number of entries in each PLOVER category for these filters.",
            byType.Select(t => new ChartBar(t.Key, t.Count, t.Count.ToString(CultureInfo.InvariantCulture), $"/?{Join(query, "type=" + t.Key)}")).ToList());
        var timeline = TimelineChart.Render("timeline", $"Commitments per month, {shown}", "Commitments per month, by the month their date begins in.", months, m =>
        {
            var first = DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return $"/search?{Join(query, $"from={EntryViews.Day(first)}&to={EntryViews.Day(first.AddMonths(1).AddDays(-1))}&commitments=1")}";
        });
        var main = Html.Of($"""
            {FilterForm.Render("/", p, datasets)}
            {totals}
            {Counts(datasets, q.Dataset!)}
            <div class="grid">
            <section aria-labelledby="h-ranking"><h2 id="h-ranking">Ranking</h2>{rankingChart}<p>{stacking} · <a href="/api/v1/rankings?format=csv&dataset={q.Dataset}{(stack is null ? "" : "&breakdown=" + stack)}">Ranking as CSV</a></p></section>
            <section aria-labelledby="h-types"><h2 id="h-types">By category</h2>{typeChart}</section>
            </div>
            <section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline of commitments</h2>{timeline}</section>
            <section aria-labelledby="h-latest"><h2 id="h-latest">Latest entries</h2>
            {EntryViews.Table(latest.Items, $"The most recent entries by date for these filters, {shown}", Html.Raw("""No entry matches these filters. <a href="/">Clear them</a>, or widen the period."""))}
            <p><a href="/api/v1/entries?{query}&format=csv">These entries as CSV</a> · <a href="/feed.atom?{query}">Atom feed of accepted entries like these</a></p>
            </section>
            """);
        return Layout.Page(ctx, "Overview", main);
    }

    /// <summary>What a new ledger shows: where entries come from, and how to add the first ones.</summary>
    private static readonly Html Empty = Html.Raw("""
        <div class="empty">
        <p>The ledger is empty. Entries come from news reports and statements that Pledgewatch codes:</p>
        <ul>
        <li>on the server, <code>pledgewatch ingest FILE|FOLDER|URL</code> reads, codes and files reports (feeds too);</li>
        <li>a reviewer can send one report to <code>POST /api/v1/documents</code> (see <a href="/api">the API</a>);</li>
        <li><code>pledgewatch import json FILE</code> loads another ledger's export, and <code>pledgewatch import kiel DIR</code> the Kiel tracker's data, each as a dataset of its own.</li>
        </ul>
        <p>New entries wait in <a href="/review">the review queue</a>.</p>
        </div>
        """);

    /// <summary>The entries of each dataset, counted apart (never added up), the one shown marked.</summary>
    private static Html Counts(IReadOnlyList<DatasetCount> datasets, string shown)
    {
        var rows = (datasets.Count == 0 ? [new DatasetCount(Dataset.News, new Dictionary<string, long>())] : datasets).Select(d => Html.Of($"""
            <tr{(d.Name == shown ? Html.Raw(" class=\"current\"") : Html.Empty)}><th scope="row"><a href="/?dataset={d.Name}">{FilterForm.Label(d.Name)}</a></th>
            <td class="num" data-label="Entries">{d.Entries:N0}</td><td class="num" data-label="Accepted">{d.Of(EntryStatus.Accepted):N0}</td><td class="num" data-label="Awaiting review">{d.Of(EntryStatus.Candidate):N0}</td><td class="num" data-label="Orphaned">{d.Of(EntryStatus.Orphaned):N0}</td></tr>
            """));
        return Html.Of($"""
            <div class="table-wrap"><table class="totals-table stack" aria-label="Entries per dataset">
            <caption class="note">Entries per dataset, counted apart; this page shows {FilterForm.Label(shown)} (<a href="/?dataset=all">all datasets, each commitment once</a>).</caption>
            <thead><tr><th scope="col">Dataset</th><th scope="col" class="num">Entries</th><th scope="col" class="num">Accepted</th><th scope="col" class="num">Awaiting review</th><th scope="col" class="num">Orphaned</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """);
    }

    /// <summary>One bar per contributor; stacked by the labels of its breakdown when there is one, a colour per label across the chart.</summary>
    private static List<ChartBar> RankingBars(RankingResult ranking)
    {
        var labels = ranking.Rows.SelectMany(r => r.Breakdown ?? []).Select(s => s.Label).Where(l => l != "unassigned")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ranking.Rows.Select(r => new ChartBar(r.Name ?? r.Actor, r.Value, Figures.Short(r.Value, r.Unit), $"/actors/{r.Actor}",
            r.Breakdown?.Select(s => new ChartSegment(s.Label, s.Value, Figures.Short(s.Value, r.Unit), s.Label == "unassigned" ? ChartSegment.Rest : labels.IndexOf(s.Label))).ToList()))
            .ToList();
    }

    private static string Join(string query, string more) => query.Length == 0 ? more : $"{query}&{more}";
}
