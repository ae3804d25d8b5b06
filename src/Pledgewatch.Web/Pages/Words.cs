using System.Globalization;

namespace Pledgewatch.Web.Pages;

/// <summary>Counts and ranks in English, for pages and the command line: "1 entry", "2 entries", "1,454 entries", "9th".</summary>
internal static class Words
{
    public static string Count(long n, string one, string many) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    /// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 101st.</summary>
    public static string Ordinal(long n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString("N0", CultureInfo.InvariantCulture) + suffix;
    }
}
