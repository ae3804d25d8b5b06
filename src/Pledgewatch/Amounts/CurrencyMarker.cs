namespace Pledgewatch.Amounts;

/// <summary>
/// What a currency symbol, code or name says (one row of amounts-currencies.tsv). <see cref="Iso"/> is null for the
/// outlet's dollar ("$", "dollars") and for names that need the outlet ("crowns"); <see cref="NotMoney"/> marks
/// phrases that look like a currency but are not ("pounds of" is weight). <see cref="Sign"/> marks the bare "$" sign,
/// which is a peso in a report from a peso country.
/// </summary>
internal sealed record CurrencyMarker(string? Iso, bool OutletDollar, bool NotMoney, IReadOnlyDictionary<string, string>? ByOutlet, bool Sign = false)
{
    public static CurrencyMarker Parse(string currency, string? overrides)
    {
        Dictionary<string, string>? byOutlet = null;
        if (overrides is not null)
        {
            byOutlet = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in overrides.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = pair.IndexOf(':');
                byOutlet[pair[..colon]] = pair[(colon + 1)..];
            }
        }
        return currency switch
        {
            "DOLLAR" => new CurrencyMarker(null, true, false, byOutlet),
            "SIGN" => new CurrencyMarker(null, true, false, byOutlet, Sign: true),
            "!" => new CurrencyMarker(null, false, true, null),
            "-" => new CurrencyMarker(null, false, false, byOutlet),
            _ => new CurrencyMarker(currency, false, false, byOutlet),
        };
    }
}
