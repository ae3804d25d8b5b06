using System.Globalization;
using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Cli;

/// <summary>Checks of flag values that the parser cannot make; each throws a <see cref="CliError"/> with a usage exit code.</summary>
internal static class Arguments
{
    public static DateOnly? Date(string? value, string flag)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new CliError($"{flag} takes a date as YYYY-MM-DD, not '{value}'", ExitCodes.Usage);
    }

    /// <summary>Paths as given; a word that looks like an option ("--bogus") is refused rather than read as a file name.</summary>
    public static string[] Paths(string[] values)
    {
        foreach (var v in values)
            if (v.Length > 1 && v[0] == '-') throw new CliError($"unknown option '{v}'", ExitCodes.Usage);
        return values;
    }

    /// <summary>"60s", "1.5s", "500ms", "2m", "1h", or a bare number of seconds; positive.</summary>
    public static TimeSpan Duration(string value, string flag)
    {
        var v = value.Trim();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("", 1)];
        foreach (var (suffix, seconds) in units)
        {
            if (!v.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            if (double.TryParse(v[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && n * seconds <= TimeSpan.FromDays(1).TotalSeconds)
                return TimeSpan.FromSeconds(n * seconds);
            break;
        }
        throw new CliError($"{flag} takes a duration such as 60s, 500ms, 2m or 1h (at most a day), not '{value}'", ExitCodes.Usage);
    }

    /// <summary>Today on this machine's clock: the latest plausible publication date is tomorrow (time zones).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>A publication date: YYYY-MM-DD and plausible (<see cref="MetadataChecks"/>).</summary>
    public static DateOnly? Published(string? value, string flag = "--published")
    {
        if (value is null) return null;
        var (day, problem) = MetadataChecks.Published(value, Today);
        return problem is null ? day : throw new CliError($"{flag}: {problem}", ExitCodes.Usage);
    }

    /// <summary>An outlet country: an ISO3 code of the country table (<see cref="MetadataChecks"/>).</summary>
    public static string? KnownCountry(string? value, string flag = "--country")
    {
        if (value is null) return null;
        var (code, problem) = MetadataChecks.Country(value);
        return problem is null ? code : throw new CliError($"{flag}: {problem}", ExitCodes.Usage);
    }

    public static string? Country(string? value)
    {
        if (value is null) return null;
        if (value.Length == 3 && value.All(char.IsAsciiLetter)) return value.ToUpperInvariant();
        throw new CliError($"--country takes an ISO 3166-1 alpha-3 code such as CAN or USA, not '{value}'", ExitCodes.Usage);
    }
}
