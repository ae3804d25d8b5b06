namespace Pledgewatch.Amounts;

/// <summary>
/// The currency tables of the amounts stage, loaded once from amounts-currencies.tsv, amounts-outlet-dollars.tsv and
/// amounts-qualifiers.tsv. Immutable and shared between threads.
/// </summary>
internal static class CurrencyLexicon
{
    /// <summary>Symbols and ISO codes written before the number ("US$", "€", "NOK").</summary>
    public static readonly PhraseTable<CurrencyMarker> Prefixes;

    /// <summary>Names and ISO codes written after the number ("Swedish crowns", "EUR"), and non-dollar symbols ("50 €").</summary>
    public static readonly PhraseTable<CurrencyMarker> Suffixes;

    /// <summary>Words before an amount that make it approximate ("about", "more than").</summary>
    public static readonly PhraseTable<bool> Qualifiers;

    private static readonly Dictionary<string, (string Currency, bool SignOnly)> OutletDollars;

    static CurrencyLexicon()
    {
        var prefixes = new List<(string, CurrencyMarker, PhraseOptions)>();
        var suffixes = new List<(string, CurrencyMarker, PhraseOptions)>();
        foreach (var row in AmountsData.ReadRows("amounts-currencies.tsv"))
        {
            var marker = CurrencyMarker.Parse(row[2], AmountsData.Field(row, 3));
            switch (row[0])
            {
                case "symbol":
                    prefixes.Add((row[1], marker, PhraseOptions.Joined));
                    if (!marker.OutletDollar && row[1].Length == 1) suffixes.Add((row[1], marker, PhraseOptions.None));
                    break;
                case "code":
                    prefixes.Add((row[1], marker, PhraseOptions.CaseSensitive));
                    suffixes.Add((row[1], marker, PhraseOptions.CaseSensitive));
                    break;
                case "name":
                    suffixes.Add((row[1], marker, PhraseOptions.None));
                    break;
                default:
                    throw new InvalidDataException($"amounts-currencies.tsv: unknown kind '{row[0]}' for '{row[1]}'.");
            }
        }
        Prefixes = new PhraseTable<CurrencyMarker>(prefixes);
        Suffixes = new PhraseTable<CurrencyMarker>(suffixes);
        Qualifiers = new PhraseTable<bool>(AmountsData.ReadRows("amounts-qualifiers.tsv").Select(r => (r[0], true, PhraseOptions.None)));
        OutletDollars = AmountsData.ReadRows("amounts-outlet-dollars.tsv")
            .ToDictionary(r => r[0], r => (r[1], AmountsData.Field(r, 2) == "sign"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The ISO currency <paramref name="marker"/> means in a report from <paramref name="outletCountry"/>:
    /// a bare dollar is the outlet's dollar, else USD (EVENTS.md, Commitments); a peso country's is its peso for the
    /// "$" sign only.</summary>
    public static string? Resolve(CurrencyMarker marker, string? outletCountry)
    {
        if (outletCountry is not null && marker.ByOutlet is not null && marker.ByOutlet.TryGetValue(outletCountry, out var local))
            return local;
        if (marker.OutletDollar)
            return outletCountry is not null && OutletDollars.TryGetValue(outletCountry, out var dollar) && (marker.Sign || !dollar.SignOnly) ? dollar.Currency : "USD";
        return marker.Iso;
    }
}
