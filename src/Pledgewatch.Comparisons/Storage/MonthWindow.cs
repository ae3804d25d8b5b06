namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// A date filter split for the monthly totals: the whole months it covers (yyyy-MM, inclusive; null = unbounded) and
/// at most two runs of days in months it cuts, which are read from the rows. Whole months and edge days never overlap.
/// </summary>
internal sealed record MonthWindow(bool HasWholeMonths, string? FirstMonth, string? LastMonth, IReadOnlyList<(DateOnly First, DateOnly Last)> EdgeDays)
{
    public static MonthWindow Of(DateOnly? from, DateOnly? to)
    {
        var edges = new List<(DateOnly, DateOnly)>();
        if (from is { } f && to is { } t && f.Year == t.Year && f.Month == t.Month && !(f.Day == 1 && t == EndOfMonth(t)))
            return new MonthWindow(false, null, null, f <= t ? [(f, t)] : []);
        DateOnly? firstWhole = null, lastWhole = null;
        if (from is { } start)
        {
            if (start.Day == 1) firstWhole = start;
            else
            {
                edges.Add((start, EndOfMonth(start)));
                firstWhole = EndOfMonth(start).AddDays(1);
            }
        }
        if (to is { } end)
        {
            if (end == EndOfMonth(end)) lastWhole = new DateOnly(end.Year, end.Month, 1);
            else
            {
                var monthStart = new DateOnly(end.Year, end.Month, 1);
                edges.Add((monthStart, end));
                lastWhole = monthStart.AddMonths(-1);
            }
        }
        bool whole = firstWhole is null || lastWhole is null || firstWhole <= lastWhole;
        return new MonthWindow(whole, Month(firstWhole), Month(lastWhole), edges);
    }

    private static DateOnly EndOfMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);

    private static string? Month(DateOnly? d) => d?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
