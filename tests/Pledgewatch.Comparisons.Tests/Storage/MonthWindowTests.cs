using Pledgewatch.Comparisons.Storage;
using static Pledgewatch.Comparisons.Tests.Support.Some;

namespace Pledgewatch.Comparisons.Tests.Storage;

public sealed class MonthWindowTests
{
    [Theory]
    [InlineData(null, null, true, null, null, "")]
    [InlineData("2024-01-01", "2025-12-31", true, "2024-01", "2025-12", "")]
    [InlineData("2024-01-15", "2024-03-10", true, "2024-02", "2024-02", "2024-01-15..2024-01-31 2024-03-01..2024-03-10")]
    [InlineData("2024-01-15", "2024-02-10", false, "2024-02", "2024-01", "2024-01-15..2024-01-31 2024-02-01..2024-02-10")]
    [InlineData("2024-01-15", "2024-01-20", false, null, null, "2024-01-15..2024-01-20")]
    [InlineData("2024-02-01", "2024-02-29", true, "2024-02", "2024-02", "")]
    public void DateFilterSplitsIntoWholeMonthsAndCutDays(string? from, string? to, bool whole, string? firstMonth, string? lastMonth, string edges)
    {
        var w = MonthWindow.Of(from is null ? null : Day(from), to is null ? null : Day(to));
        Assert.Equal(whole, w.HasWholeMonths);
        if (whole) Assert.Equal((firstMonth, lastMonth), (w.FirstMonth, w.LastMonth));
        Assert.Equal(edges, string.Join(' ', w.EdgeDays.Select(e => $"{e.First:yyyy-MM-dd}..{e.Last:yyyy-MM-dd}")));
    }
}
