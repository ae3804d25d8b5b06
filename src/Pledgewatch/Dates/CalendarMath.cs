namespace Pledgewatch.Dates;

/// <summary>Calendar arithmetic on <see cref="DateOnly"/>: ISO weeks (Monday first), month ends, parts of periods. Pure.</summary>
internal static class CalendarMath
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateRange Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateRange Years(int from, int to) => new(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31));

    /// <summary>Quarter 1..4, or half 1..2 when <paramref name="months"/> is 6.</summary>
    public static DateRange Slice(int year, int index, int months)
    {
        var first = new DateOnly(year, (index - 1) * months + 1, 1);
        return new(first, first.AddMonths(months).AddDays(-1));
    }

    /// <summary>The most recent <paramref name="day"/> on or before <paramref name="from"/> (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly Previous(DateOnly from, DayOfWeek day, bool strict)
    {
        int back = ((int)from.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strict) back = 7;
        return from.AddDays(-back);
    }

    /// <summary>The soonest <paramref name="day"/> on or after <paramref name="from"/> (strictly after when <paramref name="strict"/>).</summary>
    public static DateOnly Following(DateOnly from, DayOfWeek day, bool strict)
    {
        int ahead = ((int)day - (int)from.DayOfWeek + 7) % 7;
        if (ahead == 0 && strict) ahead = 7;
        return from.AddDays(ahead);
    }

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="day"/>, moved by <paramref name="offset"/> periods.</summary>
    public static DateRange PeriodAt(DateOnly day, PeriodUnit unit, int offset)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                return new(day.AddDays(offset), day.AddDays(offset));
            case PeriodUnit.Week:
            {
                var monday = WeekStart(day).AddDays(7 * offset);
                return new(monday, monday.AddDays(6));
            }
            case PeriodUnit.Weekend:
            {
                var saturday = WeekStart(day).AddDays(5 + 7 * offset);
                return new(saturday, saturday.AddDays(1));
            }
            case PeriodUnit.Month:
            {
                var first = new DateOnly(day.Year, day.Month, 1).AddMonths(offset);
                return new(first, first.AddMonths(1).AddDays(-1));
            }
            case PeriodUnit.Quarter or PeriodUnit.Half:
            {
                int months = unit == PeriodUnit.Quarter ? 3 : 6;
                var first = new DateOnly(day.Year, (day.Month - 1) / months * months + 1, 1).AddMonths(months * offset);
                return new(first, first.AddMonths(months).AddDays(-1));
            }
            default:
                return Year(day.Year + offset);
        }
    }

    /// <summary>The <paramref name="part"/> of <paramref name="whole"/>, a period of <paramref name="unit"/> (see <see cref="DatePart"/>).</summary>
    public static DateRange PartOf(DateRange whole, PeriodUnit unit, DatePart part)
    {
        if (part == DatePart.Whole) return whole;
        var from = whole.From;
        switch (unit)
        {
            case PeriodUnit.Week:
                return part switch
                {
                    DatePart.Early => new(from, from.AddDays(2)),
                    DatePart.Mid => new(from.AddDays(1), from.AddDays(3)),
                    _ => new(from.AddDays(3), from.AddDays(6)),
                };
            case PeriodUnit.Month:
                return part switch
                {
                    DatePart.Early => new(from, from.AddDays(9)),
                    DatePart.Mid => new(from.AddDays(12), from.AddDays(19)),
                    _ => new(whole.To.AddDays(-9), whole.To),
                };
            case PeriodUnit.Quarter or PeriodUnit.Half or PeriodUnit.Year:
            {
                int third = (whole.To.Month - from.Month + 1) / 3; // months per third: year 4, half 2, quarter 1
                var start = from.AddMonths(third * ((int)part - 1));
                return new(start, start.AddMonths(third).AddDays(-1));
            }
            default:
                return whole;
        }
    }
}
