using System.Text.RegularExpressions;

namespace Pledgewatch.Reading;

/// <summary>Turns a date written in a document or its metadata into a <see cref="DateOnly"/>; years 1900 to 2199.</summary>
internal static class StatedDateResolver
{
    /// <summary>The first valid date in <paramref name="value"/> ("2023-08-10T09:00:00Z", "Aug. 10, 2023").</summary>
    public static bool TryResolve(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        for (var match = ReadingPatterns.AnyDate().Match(value); match.Success; match = match.NextMatch())
        {
            if (TryResolve(match, out date)) return true;
        }
        return false;
    }

    /// <summary>The date of a match of a pattern built on <c>ReadingPatterns.Date</c>; false for "February 30".</summary>
    public static bool TryResolve(Match match, out DateOnly date)
    {
        date = default;
        int month = match.Groups["month"].Success
            ? MonthOf(match.Groups["month"].ValueSpan)
            : int.Parse(match.Groups["monthNumber"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int year = int.Parse(match.Groups["year"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["day"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[3];
        name[..3].ToLowerInvariant(key);
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }
}
