using System.Text.RegularExpressions;

namespace Pledgewatch.Reading;

/// <summary>
/// The reading stage's regular expressions, source-generated and culture-invariant. They run on metadata values,
/// on the first lines of a document and on line starts, never on every character of a sentence.
/// </summary>
internal static partial class ReadingPatterns
{
    // "January", "Jan", "Jan.", "Sept.", "September"; \b keeps "Mayor" and "Marching" out.
    private const string Month =
        @"(?i:(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?)";

    // A calendar date: ISO "2023-08-10" (a time may follow), "August 10, 2023", "Aug. 10th 2023", "10 August 2023",
    // "10th of Aug 2023". Exactly one of the groups month / monthNumber is set.
    private const string Date =
        @"(?:(?<year>\d{4})[-/](?<monthNumber>\d{1,2})[-/](?<day>\d{1,2})(?!\d)"
        + @"|" + Month + @"[^\S\n]+(?<day>\d{1,2})(?i:st|nd|rd|th)?,?[^\S\n]+(?<year>\d{4})(?!\d)"
        + @"|(?<day>\d{1,2})(?i:st|nd|rd|th)?[^\S\n]+(?i:of[^\S\n]+)?" + Month + @",?[^\S\n]+(?<year>\d{4})(?!\d))";

    // "Monday, " or "Tues. " before a date.
    private const string Weekday =
        @"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?[^\S\n]+)";

    /// <summary>The first calendar date anywhere in a string (a metadata value, the rest of a line).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])" + Date, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AnyDate();

    /// <summary>A line that is a date and nothing else, as under a press release's letterhead ("4 March 2025").</summary>
    [GeneratedRegex(@"^[^\S\n]*" + Weekday + "?" + Date + @"[^\S\n]*\.?[^\S\n]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DateOnlyLine();

    /// <summary>
    /// A line stating when the document was published or updated, the date straight after the verb:
    /// "Published on March 3, 2024.", "Published: 2024-03-03", "This story first appeared on …",
    /// "Last updated Jan. 5, 2026 at 9 a.m.". Group <c>updated</c> is set for updates.
    /// </summary>
    [GeneratedRegex(
        @"^[^\S\n]*(?i:(?:(?:this|the)[^\S\n]+(?:report|article|story|statement|page|post|(?:news[^\S\n]+|press[^\S\n]+|media[^\S\n]+)?release)[^\S\n]+was[^\S\n]+)?(?:(?:first|originally)[^\S\n]+)?(?:published|posted|released|(?<updated>(?:last[^\S\n]+)?(?:updated|modified)))\b[^\S\n]*:?[^\S\n]*(?:on[^\S\n]+)?)"
        + Weekday + "?" + Date,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PublishedLine();

    // A word in capitals ("KYIV", "ST.", "JOHN'S", "KRAKÓW", "SAINT-DENIS") and a word with a capital initial.
    private const string UpperWord = @"\p{Lu}[\p{Lu}\p{Mn}.'’\-]*";
    private const string ProperWord = @"\p{Lu}[\p{L}\p{Mn}.'’\-]*";
    // ", Ukraine" or ", N.L." after the place.
    private const string Region = @"(?:,[^\S\n]*" + ProperWord + @"(?:[^\S\n]+" + ProperWord + @"){0,3})?";
    // ", Jan 5" or ", 5 January 2026" after the place, and "(Reuters)" before the dash.
    private const string DatelineDate =
        @"(?:,[^\S\n]*(?:" + Month + @"[^\S\n]+\d{1,2}|\d{1,2}[^\S\n]+" + Month + @")(?:,?[^\S\n]+\d{4})?)";
    // ("MAPUTO/LONDON, Dec 2 (—) —": whatever stands in the brackets, agency or a dash for none.)
    private const string Agency = @"(?:[^\S\n]*\([^()\n]{1,40}\))";
    // (a dash written as two hyphens in wire copy: "SEOUL, May 2 (Yonhap) -- ")
    private const string Dash = @"(?:[^\S\n]*[—–][^\S\n]*|[^\S\n]+--?[^\S\n]+)";

    /// <summary>
    /// A dateline at the start of a paragraph: a place in capitals ("OTTAWA —", "KYIV, Ukraine —", "CARACAS/WASHINGTON, Oct 19 -",
    /// "OSLO, Feb 7 —", "OTTAWA: ") or a place in title case followed by a date or an agency
    /// ("Ottawa, Jan 5 (Reuters) -"), or by a dash and a full date as in news releases ("Ottawa, Ontario — March 4,
    /// 2025 —"). Group <c>place</c> holds the place and its region, without date or agency.
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?<place>" + UpperWord + @"(?:[^\S\n]+" + UpperWord + @")*(?:/" + UpperWord + @"(?:[^\S\n]+" + UpperWord + @")*)?" + Region + @")" + DatelineDate + "?" + Agency + "?" + @"(?:" + Dash + @"|:[^\S\n]+)"
        + @"|(?<place>" + ProperWord + @"(?:[^\S\n]+" + ProperWord + @"){0,3}" + Region + @")(?:" + DatelineDate + Agency + "?|" + Agency + @")" + Dash
        + @"|(?<place>" + ProperWord + @"(?:[^\S\n]+" + ProperWord + @"){0,3}" + Region + @")" + Dash + Weekday + "?" + Date + Dash + @")(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Dateline();

    /// <summary>A byline that ends with where its writer files from: "By our correspondent in Brussels", "By Amina Yusuf in Nairobi".</summary>
    [GeneratedRegex(@"^By[^\S\n]+[^\n]{1,60}?[^\S\n]in[^\S\n]+(?<place>\p{Lu}[\p{L}'-]+(?:[^\S\n]+\p{Lu}[\p{L}'-]+){0,2})[^\S\n]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Byline();
}
