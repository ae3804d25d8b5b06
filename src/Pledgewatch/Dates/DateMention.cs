namespace Pledgewatch.Dates;

/// <summary>
/// A date expression resolved against the publication date. <see cref="From"/>..<see cref="To"/> (inclusive) is
/// the past reading, the one to use for reported events; <see cref="Next"/> is the future reading when the phrase
/// has one that differs ("on Friday" in a Monday report: past = last Friday, next = this coming Friday).
/// </summary>
/// <param name="Relative">The phrase depends on the publication date ("on Friday", "last month"), as opposed to "5 January 2026".</param>
public sealed record DateMention(TextSpan Span, string Text, DateOnly From, DateOnly To, DateRange? Next = null, bool Relative = true);

/// <summary>An inclusive range of days.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To);
