namespace Pledgewatch.Comparisons.Rankings;

/// <summary>A ranking: its rows in rank order, and the actors that could not be ranked at all (no convertible figure), with why.</summary>
/// <param name="Breakdown">purpose or instrument when the rows carry a breakdown (<see cref="Breakdowns"/>), else null.</param>
internal sealed record Ranking(RankMetric Metric, RankFilter Filter, IReadOnlyList<RankRow> Rows, IReadOnlyList<string> Unranked, string? Breakdown = null)
{
    /// <summary>The earliest and latest announcement dates the rows count; null when there are none.</summary>
    public (DateOnly First, DateOnly Last)? Period { get; init; }

    public RankRow? Find(string actor) => Rows.FirstOrDefault(r => r.Actor == actor);
}
