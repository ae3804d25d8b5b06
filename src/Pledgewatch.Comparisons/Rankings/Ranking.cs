namespace Pledgewatch.Comparisons.Rankings;

/// <summary>A ranking: its rows in rank order, and the actors that could not be ranked at all (no convertible figure), with why.</summary>
internal sealed record Ranking(RankMetric Metric, RankFilter Filter, IReadOnlyList<RankRow> Rows, IReadOnlyList<string> Unranked)
{
    public RankRow? Find(string actor) => Rows.FirstOrDefault(r => r.Actor == actor);
}
