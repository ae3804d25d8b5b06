using System.Globalization;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads a GeoNames cities file (tab-separated, 19 columns: geonameid, name, asciiname, alternatenames, latitude,
/// longitude, feature class, feature code, country code (ISO2), cc2, admin1–4, population, elevation, dem,
/// timezone, modification date) and writes places.tsv: name, ASCII name, alternate names, ISO3, population.
/// Alternate names are kept only for places of <see cref="AlternatesFromPopulation"/> or more, in Latin script,
/// at least four letters, starting with the same letter as the name: GeoNames lists airport codes and
/// abbreviations ("The" for Teresina) among them, which would turn common words into places.
/// </summary>
internal static class PlaceImporter
{
    public const string FileName = "places.tsv";
    public const long AlternatesFromPopulation = 100_000;

    public static List<Place> Read(TextReader reader, IReadOnlyDictionary<string, string> iso2ToIso3, List<string> problems)
    {
        var byKey = new Dictionary<(string, string), Place>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 15) { problems.Add($"geonames:{lineNumber}: expected 19 columns, found {f.Length}"); continue; }
            var name = f[1].Trim();
            var ascii = f[2].Trim();
            if (name.Length == 0) continue;
            if (!iso2ToIso3.TryGetValue(f[8].Trim(), out var iso3)) { problems.Add($"geonames:{lineNumber}: unknown country '{f[8]}'"); continue; }
            _ = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population);

            var alternates = new List<string>();
            if (population >= AlternatesFromPopulation)
            {
                char first = Fold(ascii.Length > 0 ? ascii[0] : name[0]);
                foreach (var raw in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (raw == name || raw == ascii || raw.Length < 4 || !TableFile.IsLatin(raw) || raw.Any(char.IsDigit)
                        || !raw.Any(char.IsLower) || Fold(raw[0]) != first || alternates.Contains(raw)) continue;
                    alternates.Add(raw);
                }
            }
            var place = new Place(name, ascii == name ? "" : ascii, alternates, iso3, population);
            var key = (name, iso3);
            if (!byKey.TryGetValue(key, out var existing) || existing.Population < population) byKey[key] = place;
        }
        return [.. byKey.Values];
    }

    public static void Write(IEnumerable<Place> places, TextWriter writer)
    {
        writer.Write("# name\tascii name (when it differs)\talternate names\tiso3\tpopulation\n");
        writer.Write("# Derived from GeoNames cities15000 (CC BY 4.0) by `pledgewatch reference import`; do not edit by hand.\n");
        foreach (var p in places.OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            writer.Write(string.Join('\t', TableFile.Clean(p.Name), TableFile.Clean(p.AsciiName), TableFile.JoinList(p.Alternates),
                p.Iso3, p.Population.ToString(CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
    }

    /// <summary>Parses places.tsv (and the hand-written regions.tsv, which has the same columns).</summary>
    public static List<Place> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new Place(
            TableFile.Field(r, 0), TableFile.Field(r, 1), TableFile.List(r, 2), TableFile.Field(r, 3),
            long.TryParse(TableFile.Field(r, 4), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)).ToList();

    private static char Fold(char c) => char.ToUpperInvariant(Diacritics.Fold(c));
}
