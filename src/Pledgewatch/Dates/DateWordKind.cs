namespace Pledgewatch.Dates;

/// <summary>What a word means to the date grammar; the meaning of <see cref="DateWord.Value"/> depends on it.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a date word.</summary>
    None,
    /// <summary>A full month name; value 1..12.</summary>
    Month,
    /// <summary>An abbreviated month name ("Sept"); value 1..12. Only a month when a day number is beside it.</summary>
    MonthAbbr,
    /// <summary>value = <see cref="DayOfWeek"/>.</summary>
    Weekday,
    /// <summary>"Wed", "Sat", "Sun": words too, so a weekday only when capitalised before a time or a day ("Wed 01:40").</summary>
    WeekdayAbbr,
    /// <summary>"today", "yesterday": value = offset in days from the publication date.</summary>
    DayWord,
    /// <summary>"morning", "night": widens the span only.</summary>
    DayPart,
    /// <summary>"last" -1, "this" 0, "next" 1.</summary>
    Rel,
    /// <summary>"coming", as in "this coming Friday".</summary>
    Coming,
    /// <summary>"past", as in "this past weekend".</summary>
    Past,
    /// <summary>A modifier before a period ("early", "mid", "late"); value = <see cref="DatePart"/>.</summary>
    Part,
    /// <summary>A noun followed by "of" ("end", "beginning"); value = <see cref="DatePart"/>.</summary>
    Edge,
    /// <summary>"earlier" -1, "later" 1.</summary>
    Shift,
    /// <summary>value = <see cref="PeriodUnit"/>.</summary>
    Unit,
    Ago,
    /// <summary>"st", "nd", "rd", "th" after a number.</summary>
    OrdinalSuffix,
    /// <summary>"first".."fourth"; value 1..4.</summary>
    Ordinal,
    /// <summary>"a", "two": value = the count.</summary>
    Count,
    The,
    Of,
    /// <summary>A preposition that belongs to the span; value = <see cref="PrepKind"/>.</summary>
    Prep,
    /// <summary>"to", "through", "and": joins the two ends of a range.</summary>
    Connective,
    /// <summary>A noun after a year that makes it a date ("the 2020 election").</summary>
    EventNoun,
    /// <summary>"spring", "summer", "autumn", "fall", "winter": value = the season's first month (northern hemisphere).</summary>
    Season,
    /// <summary>A fixed-date holiday ("Christmas", "Boxing Day"); value = month * 100 + day.</summary>
    Holiday,
}
