namespace Pledgewatch.Ledger.Watch;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
internal static class Percentiles
{
    /// <param name="p">0 to 100.</param>
    /// <returns>Null for an empty set.</returns>
    public static TimeSpan? Of(IReadOnlyList<TimeSpan> values, double p)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
