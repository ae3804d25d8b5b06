using Pledgewatch.Dates;

namespace Pledgewatch.Tests.Dates;

public sealed class CalendarMathTests
{
    [Theory]
    [InlineData("2026-01-05", "2026-01-05")]
    [InlineData("2026-01-04", "2025-12-29")]
    [InlineData("2026-01-01", "2025-12-29")]
    [InlineData("2024-03-02", "2024-02-26")]
    public void WeekStartsOnMonday(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), CalendarMath.WeekStart(DateOnly.Parse(day)));

    [Theory]
    [InlineData("Year", "Early", "2024-01-01", "2024-04-30")]
    [InlineData("Year", "Mid", "2024-05-01", "2024-08-31")]
    [InlineData("Year", "Late", "2024-09-01", "2024-12-31")]
    [InlineData("Month", "Late", "2024-02-20", "2024-02-29")]
    [InlineData("Month", "Mid", "2024-02-13", "2024-02-20")]
    [InlineData("Quarter", "Late", "2024-03-01", "2024-03-31")]
    [InlineData("Half", "Mid", "2024-03-01", "2024-04-30")]
    [InlineData("Week", "Late", "2024-02-29", "2024-03-03")]
    public void PartsSplitThePeriodContainingTheDay(string unitName, string partName, string from, string to)
    {
        var unit = Enum.Parse<PeriodUnit>(unitName);
        var part = Enum.Parse<DatePart>(partName);
        var whole = CalendarMath.PeriodAt(new DateOnly(2024, 2, 26), unit, 0);
        Assert.Equal(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to)), CalendarMath.PartOf(whole, unit, part));
    }

    [Theory]
    [InlineData(DayOfWeek.Friday, false, "2026-01-02")]
    [InlineData(DayOfWeek.Monday, false, "2026-01-05")]
    [InlineData(DayOfWeek.Monday, true, "2025-12-29")]
    public void PreviousWeekdayIsOnOrBefore(DayOfWeek day, bool strict, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CalendarMath.Previous(new DateOnly(2026, 1, 5), day, strict));

    [Theory]
    [InlineData(DayOfWeek.Friday, false, "2026-01-09")]
    [InlineData(DayOfWeek.Monday, false, "2026-01-05")]
    [InlineData(DayOfWeek.Monday, true, "2026-01-12")]
    public void FollowingWeekdayIsOnOrAfter(DayOfWeek day, bool strict, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CalendarMath.Following(new DateOnly(2026, 1, 5), day, strict));
}
