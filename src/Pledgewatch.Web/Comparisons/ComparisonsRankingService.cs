using Microsoft.Extensions.Caching.Memory;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Rankings from the comparisons library: amounts in EUR at the ECB rate of their announcement dates, per person and
/// as percent of GDP (<see cref="Ranker"/>), over entries that are not rejected. The per-actor sums of one filter are
/// read once and serve every metric, so the actor page's three standings cost one query; they are cached until the
/// ledger changes (its audit log grows). Thread-safe: refreshes of the normalised values are serialised here, since
/// two at once would each write the same rows.
/// </summary>
internal sealed class ComparisonsRankingService(ComparisonStore store, LedgerStore ledger, IMemoryCache cache) : IRankingService
{
    private const string CountUnit = "commitments";

    private readonly Lock _refresh = new();

    /// <summary>The ledger's <see cref="LedgerStore.ChangeMark"/> when the values were last refreshed; -1 before the first.</summary>
    private long _refreshedAt = -1;

    public void Refresh()
    {
        var mark = ledger.ChangeMark();
        if (Volatile.Read(ref _refreshedAt) == mark) return;
        lock (_refresh)
        {
            if (_refreshedAt == mark) return;
            store.Refresh();
            Volatile.Write(ref _refreshedAt, mark);
        }
    }

    public RankingResult Rank(RankingQuery query)
    {
        var filter = Filter(query);
        if (query.By == "count")
        {
            var counts = Counted(Totals(filter));
            return new RankingResult([.. counts.Take(query.Limit)], $"Number of quantified contributions (pledged, committed or delivered; {Counted(filter)}; {RankTitle.Dataset(filter.Dataset)}) per actor{Scope(filter)}.",
                $"Contributions counted, {RankTitle.Dataset(filter.Dataset)}");
        }
        var metric = RankMetrics.Parse(query.By);
        var ranking = Rank(metric, filter);
        if (query.Breakdown is { } dimension) ranking = Ranker.WithBreakdown(ranking, dimension, Breakdown(filter, dimension));
        return new RankingResult([.. ranking.Rows.Take(query.Limit).Select(r => Row(r, ranking.Breakdown is not null))], Basis(ranking), RankTitle.Of(ranking));
    }

    public ActorStanding Standing(string actor, RankingQuery query)
    {
        var filter = Filter(query);
        var rankings = new[] { RankMetric.Total, RankMetric.PerCapita, RankMetric.ShareOfGdp }.Select(m => Rank(m, filter)).ToList();
        var rows = rankings.Select(r => r.Find(actor) is { } row ? Row(row) : null).ToList();
        var missing = rankings.Where(r => r.Find(actor) is null)
            .Select(r => $"{RankMetrics.Name(r.Metric)}: {Unranked(r, actor)}").ToList();
        return new ActorStanding(actor, rows[0], rows[1], rows[2], missing.Count == 0 ? null : $"{actor} is not ranked by {string.Join("; ", missing)}.",
            rankings[0].Rows.Count, rankings[1].Rows.Count, rankings[2].Rows.Count);
    }

    /// <summary>The library's ranking for one metric and filter, from the cached sums; the claim checker ranks through this.</summary>
    internal Ranking Rank(RankMetric metric, RankFilter filter) =>
        Ranker.Build(metric, filter, Totals(filter), store.Reference.Actors);

    /// <summary>Per-actor sums under <paramref name="filter"/>, refreshing the normalised values first when the ledger has changed.</summary>
    private IReadOnlyList<ActorTotals> Totals(RankFilter filter) => Cached(filter, "totals", () => store.Totals(filter));

    /// <summary>Per-actor sums by the labels of a breakdown dimension, refreshed and cached like <see cref="Totals"/>.</summary>
    private IReadOnlyList<BreakdownRow> Breakdown(RankFilter filter, string dimension) => Cached(filter, dimension, () => store.Breakdown(filter, dimension));

    private T Cached<T>(RankFilter filter, string what, Func<T> read) =>
        cache.GetOrCreate((nameof(ComparisonsRankingService), filter, what, ledger.ChangeMark()), e =>
        {
            e.Size = 1;
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            Refresh();
            return read();
        })!;

    private static RankFilter Filter(RankingQuery q) => new(q.Type, q.Stage, q.From, q.To, q.Recipient, q.Dataset, RankFilter.StatusesOf(q.Statuses));

    /// <summary>Which entries count, in words: "not rejected" by default, else the statuses asked for.</summary>
    private static string Counted(RankFilter f) => f.Statuses is null ? "not rejected" : $"{string.Join(" or ", f.StatusList)} entries only";

    private static RankingRow Row(RankRow r) => Row(r, false);

    private static RankingRow Row(RankRow r, bool withBreakdown) => new(r.Rank, r.Actor, r.Name, (decimal)r.Value, r.Unit, r.Entries, r.Basis,
        withBreakdown ? [.. r.Breakdown.Select(s => new RankingShare(s.Label, (decimal)s.Value))] : null);

    /// <summary>Largest first; equal counts share the rank of the first of them (1, 2, 2, 4).</summary>
    private List<RankingRow> Counted(IReadOnlyList<ActorTotals> totals)
    {
        var ordered = totals.OrderByDescending(t => t.Entries).ThenBy(t => t.Actor, StringComparer.Ordinal).ToList();
        var rows = new List<RankingRow>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            int rank = i > 0 && ordered[i].Entries == ordered[i - 1].Entries ? rows[^1].Rank : i + 1;
            rows.Add(new RankingRow(rank, ordered[i].Actor, store.Reference.Actors.Name(ordered[i].Actor), ordered[i].Entries, CountUnit, ordered[i].Entries));
        }
        return rows;
    }

    private static string Basis(Ranking ranking)
    {
        var how = ranking.Metric switch
        {
            RankMetric.PerCapita => "EUR per person of the actor's population in each entry's year (World Bank; the latest year available where the entry's is not)",
            RankMetric.ShareOfGdp => "Percent of the actor's GDP (World Bank, in EUR at the year's average rate)",
            _ => "EUR at the ECB reference rate of each announcement date",
        };
        var unranked = ranking.Unranked.Count == 0 ? "" : $" Not ranked: {string.Join("; ", ranking.Unranked)}.";
        var parts = ranking.Breakdown is null ? "" : $" Split by the {ranking.Breakdown} of the packages' parts; 'unassigned' is what no part accounts for.";
        return $"{how}, over quantified contributions (pledged, committed or delivered; {Counted(ranking.Filter)}; parts counted in their package; {RankTitle.Dataset(ranking.Filter.Dataset)}){Scope(ranking.Filter)}.{parts}{unranked}";
    }

    private static string Scope(RankFilter f)
    {
        var parts = new List<string>();
        if (f.Type is not null) parts.Add($"{f.Type} support");
        if (f.Stage is not null) parts.Add($"stage {f.Stage}");
        if (f.Recipient is not null) parts.Add($"to {f.Recipient}");
        if (f.From is not null || f.To is not null) parts.Add($"dated {f.From:yyyy-MM-dd}..{f.To:yyyy-MM-dd}");
        return parts.Count == 0 ? "" : $": {string.Join(", ", parts)}";
    }

    private static string Unranked(Ranking ranking, string actor) =>
        ranking.Unranked.FirstOrDefault(u => u.StartsWith(actor + ":", StringComparison.Ordinal)) is { } u
            ? u[(actor.Length + 2)..]
            : "no quantified contributions under these filters";
}
