using System.Globalization;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// The checks every publication date and outlet country given to the ledger passes (command line, manifest, metadata
/// files, <c>document set</c>, the API). Each returns null when the value is fine, else why not, in one line.
/// </summary>
public static class MetadataChecks
{
    /// <summary>The earliest publication date taken: older reports are not what the ledger tracks, and such a date is more likely a typo.</summary>
    public static readonly DateOnly Earliest = new(1945, 1, 1);

    /// <summary>Parses and checks a date (YYYY-MM-DD, from <see cref="Earliest"/> to tomorrow, time zones allowing).</summary>
    public static (DateOnly? Day, string? Problem) Published(string text, DateOnly today)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (null, $"'{text}' is not a date (YYYY-MM-DD)");
        if (day < Earliest || day > today.AddDays(1))
            return (null, $"{text} is not a plausible publication date (from {Earliest:yyyy-MM-dd} to {today.AddDays(1):yyyy-MM-dd})");
        return (day, null);
    }

    /// <summary>Upper-cases and checks a country against the country table (<see cref="CountryCodes"/>).</summary>
    public static (string? Code, string? Problem) Country(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            return (null, $"'{text}' is not an ISO 3166-1 alpha-3 country code such as CAN or USA");
        return CountryCodes.IsKnown(code) ? (code, null) : (null, $"'{text}' is not in the country table (ISO 3166-1 alpha-3, such as CAN or USA)");
    }
}
