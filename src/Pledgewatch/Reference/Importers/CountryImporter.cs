using System.Text.Json;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads countries.json as mledoze/countries publishes it (an array of objects with <c>cca2</c>, <c>cca3</c>,
/// <c>name.common</c>, <c>name.official</c>, <c>altSpellings</c>, <c>demonyms.eng</c>, <c>capital</c>,
/// <c>currencies</c>, <c>independent</c>) and writes countries.tsv. ODbL 1.0: the output is shared alike.
/// </summary>
internal static class CountryImporter
{
    public const string FileName = "countries.tsv";

    public static List<Country> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var countries = new List<Country>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var iso3 = Text(item, "cca3");
            var iso2 = Text(item, "cca2");
            // Kosovo has no ISO 3166 code; the source's placeholder "UNK" becomes "XKX", the user-assigned code the
            // World Bank (whose population and GDP tables the comparisons join on) and the EU use.
            if (iso3 == "UNK") iso3 = "XKX";
            if (iso3.Length != 3) continue;
            var name = item.TryGetProperty("name", out var n) ? n : default;
            var common = name.ValueKind == JsonValueKind.Object ? Text(name, "common") : "";
            var official = name.ValueKind == JsonValueKind.Object ? Text(name, "official") : "";
            if (common.Length == 0) continue;

            var alternates = new List<string>();
            foreach (var alt in Strings(item, "altSpellings"))
            {
                // Two-letter codes are ISO codes, not names ("CA", "CH"); a leading "The" is the text's article, not the name.
                var value = alt.StartsWith("The ", StringComparison.Ordinal) ? alt[4..] : alt;
                if (value == iso2 || value.Length < 2 || !TableFile.IsLatin(value) || value.Contains(',')) continue;
                if (value == common || value == official || alternates.Contains(value)) continue;
                alternates.Add(value);
            }

            var demonyms = new List<string>();
            if (item.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var key in new[] { "m", "f" })
                {
                    var d = Text(eng, key);
                    if (d.Length > 0 && !demonyms.Contains(d)) demonyms.Add(d);
                }
            }

            var currencies = new List<string>();
            if (item.TryGetProperty("currencies", out var cur) && cur.ValueKind == JsonValueKind.Object)
                foreach (var p in cur.EnumerateObject()) currencies.Add(p.Name);

            bool independent = item.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
            countries.Add(new Country(iso3, iso2, common, official, alternates, demonyms,
                Strings(item, "capital").Where(TableFile.IsLatin).ToList(), currencies, independent));
        }
        return countries;
    }

    /// <summary>The table of currency names the amounts stage reads beside its own (amounts-currency-names.tsv).</summary>
    public const string CurrencyNamesFileName = "amounts-currency-names.tsv";

    /// <summary>
    /// The ISO 4217 code and English name of every currency countries.json lists ("MKD" → "Macedonian denar"), one
    /// row per code (the first name given for it).
    /// </summary>
    public static SortedDictionary<string, string> ReadCurrencyNames(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (!item.TryGetProperty("currencies", out var cur) || cur.ValueKind != JsonValueKind.Object) continue;
            foreach (var p in cur.EnumerateObject())
            {
                // ("Tongan paʻanga": the okina is written as an apostrophe in English text.)
                var name = Text(p.Value, "name").Replace('ʻ', '\'');
                if (p.Name.Length == 3 && name.Length > 0 && TableFile.IsLatin(name)) names.TryAdd(p.Name, TableFile.Clean(name));
            }
        }
        return names;
    }

    public static void WriteCurrencyNames(SortedDictionary<string, string> names, TextWriter writer)
    {
        writer.Write("# iso4217\tEnglish name\n");
        writer.Write("# Derived from mledoze/countries (ODbL 1.0) by `pledgewatch reference import`; do not edit by hand.\n");
        foreach (var (code, name) in names) writer.Write(code + "\t" + name + "\n");
    }

    public static void Write(IEnumerable<Country> countries, TextWriter writer)
    {
        writer.Write("# iso3\tiso2\tcommon name\tofficial name\talternate names\tdemonyms\tcapitals\tcurrencies\tindependent\n");
        writer.Write("# Derived from mledoze/countries (ODbL 1.0) by `pledgewatch reference import`; do not edit by hand.\n");
        foreach (var c in countries.OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            writer.Write(string.Join('\t',
                c.Iso3, c.Iso2, TableFile.Clean(c.CommonName), TableFile.Clean(c.OfficialName),
                TableFile.JoinList(c.Alternates), TableFile.JoinList(c.Demonyms), TableFile.JoinList(c.Capitals),
                TableFile.JoinList(c.Currencies), c.Independent ? "1" : "0"));
            writer.Write('\n');
        }
    }

    /// <summary>Parses countries.tsv as written by <see cref="Write"/>.</summary>
    public static List<Country> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new Country(
            TableFile.Field(r, 0), TableFile.Field(r, 1), TableFile.Field(r, 2), TableFile.Field(r, 3),
            TableFile.List(r, 4), TableFile.List(r, 5), TableFile.List(r, 6), TableFile.List(r, 7),
            TableFile.Field(r, 8) == "1")).ToList();

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : "";

    private static IEnumerable<string> Strings(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array) yield break;
        foreach (var value in array.EnumerateArray())
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s) yield return s.Trim();
    }
}
