namespace Pledgewatch.Dates;

/// <summary>
/// Which part of a period a phrase names. A month's early part is days 1–10, its middle 13–20, its late part the
/// last 10 days; a week's is Mon–Wed, Tue–Thu, Thu–Sun; longer periods split into thirds by month.
/// </summary>
internal enum DatePart : byte
{
    Whole,
    Early,
    Mid,
    Late,
}
