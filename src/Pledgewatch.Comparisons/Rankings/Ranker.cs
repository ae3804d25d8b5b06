using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>Ranks actors by a metric over the normalised values (refreshing them first). Ties share a rank.</summary>
internal sealed class Ranker(ComparisonStore store)
{
    /// <summary>Values this close (relative) are equal: sums of the same figures in another order differ in the last bits.</summary>
    private const double TieTolerance = 1e-9;

    public Ranking Rank(RankMetric metric, RankFilter filter) => Rank(metric, filter, null);

    /// <param name="breakdown">purpose or instrument to split each row by (<see cref="Breakdowns"/>); null for none.</param>
    public Ranking Rank(RankMetric metric, RankFilter filter, string? breakdown)
    {
        store.Refresh();
        var ranking = Build(metric, filter, store.Totals(filter), store.Reference.Actors);
        return breakdown is null ? ranking : WithBreakdown(ranking, breakdown, store.Breakdown(filter, breakdown));
    }

    /// <summary>The ranking with each row split by the labels of <paramref name="dimension"/>; pure, for tests.</summary>
    internal static Ranking WithBreakdown(Ranking ranking, string dimension, IEnumerable<BreakdownRow> parts)
    {
        var byActor = parts.ToLookup(p => p.Actor, StringComparer.Ordinal);
        var rows = ranking.Rows.Select(r => r with
        {
            Breakdown = [.. byActor[r.Actor]
                .Select(p => new RankShare(p.Label, ranking.Metric switch { RankMetric.PerCapita => p.EurPerCapita, RankMetric.ShareOfGdp => p.PctGdp, _ => p.Eur } ?? 0))
                .Where(s => s.Value != 0)
                .OrderBy(s => s.Label == Breakdowns.Unassigned ? 1 : 0).ThenByDescending(s => s.Value).ThenBy(s => s.Label, StringComparer.Ordinal)],
        }).ToList();
        return ranking with { Rows = rows, Breakdown = dimension };
    }

    /// <summary>Rows from the per-actor sums; pure, for tests.</summary>
    internal static Ranking Build(RankMetric metric, RankFilter filter, IEnumerable<ActorTotals> totals, ActorDirectory actors)
    {
        var ranked = new List<(ActorTotals T, double Value)>();
        var unranked = new List<string>();
        foreach (var t in totals)
        {
            double? value = metric switch
            {
                RankMetric.PerCapita => t.EurPerCapita,
                RankMetric.ShareOfGdp => t.PctGdp,
                _ => t.Eur,
            };
            if (value is double v) ranked.Add((t, v));
            else unranked.Add($"{t.Actor}: {Why(metric, t)}");
        }
        ranked.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.T.Actor, b.T.Actor));
        var rows = new List<RankRow>(ranked.Count);
        for (int i = 0; i < ranked.Count; i++)
        {
            var (t, v) = ranked[i];
            int rank = i > 0 && Same(v, ranked[i - 1].Value) ? rows[i - 1].Rank : i + 1;
            var excluded = t.NoRate + metric switch { RankMetric.PerCapita => t.NoPopulation, RankMetric.ShareOfGdp => t.NoGdp, _ => 0 };
            rows.Add(new RankRow(rank, t.Actor, actors.Name(t.Actor), v, RankMetrics.Unit(metric), t.Eur ?? 0, t.Entries - excluded, excluded, Basis(metric, t)));
        }
        var days = ranked.SelectMany(x => (string?[])[x.T.FirstDay, x.T.LastDay]).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return new Ranking(metric, filter, rows, unranked) { Period = days.Count == 0 ? null : (Day(days[0]), Day(days[^1])) };
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool Same(double a, double b) => Math.Abs(a - b) <= TieTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Why(RankMetric metric, ActorTotals t) =>
        t.Eur is null ? $"{t.NoRate} entries without an exchange rate"
        : metric == RankMetric.PerCapita ? "no population figure"
        : "no GDP figure";

    private static string Basis(RankMetric metric, ActorTotals t)
    {
        var note = t.NoRate > 0 ? $"; {t.NoRate} entries without an exchange rate left out" : "";
        return metric switch
        {
            RankMetric.PerCapita => (t.PopulationFrom == t.PopulationTo ? $"population {t.PopulationFrom}" : $"population {t.PopulationFrom}-{t.PopulationTo}")
                + (int.TryParse(t.LastDay?[..4], out var last) && t.PopulationTo < last ? $" (latest available for {last})" : "") + note,
            RankMetric.ShareOfGdp => (t.GdpBasisFirst == t.GdpBasisLast ? t.GdpBasisFirst ?? "" : $"{t.GdpBasisFirst} to {t.GdpBasisLast}") + note,
            _ => $"ECB rates of the announcement dates, {t.FirstDay} to {t.LastDay}" + note,
        };
    }
}
