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
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plainWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in AmountsData.ReadRows("amounts-currencies.tsv"))
        {
            written.Add(row[1]);
            if (row[0] == "plain")
            {
                plainWords.Add(row[1]);
                continue;
            }
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
        AddCurrencyNames(prefixes, suffixes, written, plainWords);
        Prefixes = new PhraseTable<CurrencyMarker>(prefixes);
        Suffixes = new PhraseTable<CurrencyMarker>(suffixes);
        Qualifiers = new PhraseTable<bool>(AmountsData.ReadRows("amounts-qualifiers.tsv").Select(r => (r[0], true, PhraseOptions.None)));
        OutletDollars = AmountsData.ReadRows("amounts-outlet-dollars.tsv")
            .ToDictionary(r => r[0], r => (r[1], AmountsData.Field(r, 2) == "sign"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every currency of amounts-currency-names.tsv (imported from countries.json) that the written table does not
    /// already give: its ISO code, its English name in the singular and the plural ("Macedonian denars"), spelt with
    /// and without accents, and its last word alone when no other currency ends in it and it is no everyday word
    /// ("denars", not "dinars" nor "marks").
    /// </summary>
    private static void AddCurrencyNames(List<(string, CurrencyMarker, PhraseOptions)> prefixes, List<(string, CurrencyMarker, PhraseOptions)> suffixes,
                                         HashSet<string> written, HashSet<string> plainWords)
    {
        var currencies = AmountsData.ReadRows(Reference.Importers.CountryImporter.CurrencyNamesFileName).Where(r => r.Length >= 2).ToList();
        var lastWordUse = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in currencies) lastWordUse[LastWord(row[1])] = lastWordUse.GetValueOrDefault(LastWord(row[1])) + 1;
        foreach (var row in currencies)
        {
            var marker = CurrencyMarker.Parse(row[0], null);
            if (!plainWords.Contains(row[0]) && written.Add(row[0]))
            {
                prefixes.Add((row[0], marker, PhraseOptions.CaseSensitive));
                suffixes.Add((row[0], marker, PhraseOptions.CaseSensitive));
            }
            var last = LastWord(row[1]);
            var forms = new List<string> { row[1], Plural(row[1]) };
            if (lastWordUse[last] == 1 && !plainWords.Contains(last) && !plainWords.Contains(Plain(last))) forms.AddRange([last, Plural(last)]);
            foreach (var form in forms)
                foreach (var spelt in (string[])[form, Plain(form)])
                    if (written.Add(spelt)) suffixes.Add((spelt, marker, PhraseOptions.None));
        }
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>"denar" → "denars"; a name already ending in s stays.</summary>
    private static string Plural(string name) => name.EndsWith('s') ? name : name + "s";

    /// <summary>The name without accents ("córdoba" → "cordoba", "złoty" → "zloty").</summary>
    private static string Plain(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var plain = new System.Text.StringBuilder(name.Length);
        foreach (var ch in decomposed)
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ModifierLetter) continue;
            plain.Append(ch == 'đ' ? 'd' : ch == 'ł' ? 'l' : ch);
        }
        return plain.ToString();
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
