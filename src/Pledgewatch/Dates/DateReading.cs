namespace Pledgewatch.Dates;

/// <summary>
/// The resolved value of a date phrase, before it gets a span. <see cref="From"/>..<see cref="To"/> (inclusive) is the
/// past reading, or the only reading of a future-only phrase ("next week"); <see cref="Next"/> is the future reading
/// when it differs.
/// </summary>
internal readonly record struct DateReading(DateOnly From, DateOnly To, DateRange? Next = null, bool Relative = true)
{
    public static DateReading Day(DateOnly day) => new(day, day);

    public static DateReading Of(DateRange range, bool relative = true) => new(range.From, range.To, null, relative);

    /// <summary>A past reading with a future one, which is dropped when the two are the same.</summary>
    public static DateReading PastAndNext(DateRange past, DateRange next) =>
        new(past.From, past.To, past == next ? null : next);

    public DateRange Range => new(From, To);
}
