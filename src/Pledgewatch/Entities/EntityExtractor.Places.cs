using System.Collections.Frozen;
using Pledgewatch.Reference;

namespace Pledgewatch.Entities;

public sealed partial class EntityExtractor
{
    /// <summary>
    /// The ISO3 code of a place name (country, capital or city), or null; for datelines. Case- and
    /// diacritics-insensitive; in "KYIV, Ukraine" the part after the last comma wins when it resolves. A country's
    /// name beats a capital, a capital beats a city, and among cities the most populous wins, unless a city of that
    /// name lies in <paramref name="preferred"/> (the outlet's country: "VALENCIA —" in a Spanish paper is Spain's).
    /// Never throws.
    /// </summary>
    public string? ResolvePlace(string place, string? preferred = null)
    {
        if (string.IsNullOrWhiteSpace(place)) return null;
        var parts = place.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var index = _placeCodes.Value;
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            var key = Diacritics.Fold(parts[i].Trim(' ', '—', '–', '-', '.', ':'));
            if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !index.Best.ContainsKey(key)) key = key[4..];
            if (!index.Best.TryGetValue(key, out var code)) continue;
            // (A capital or a country's name is never a city abroad: "LONDON" in a Canadian paper is Britain's.)
            return preferred is not null && code != preferred && !index.CapitalsAndCountries.Contains(key) && index.Cities.Contains(key + "\t" + preferred) ? preferred : code;
        }
        return null;
    }

    /// <summary>The best code of each place name; every city name with each country it has a city of that name in; the
    /// names of capitals and countries.</summary>
    private sealed record PlaceIndex(FrozenDictionary<string, string> Best, FrozenSet<string> Cities, FrozenSet<string> CapitalsAndCountries);

    private static PlaceIndex BuildPlaceIndex(ReferenceData r)
    {
        var best = new Dictionary<string, (int Rank, long Population, string Code)>(StringComparer.OrdinalIgnoreCase);
        var cities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Offer(string name, int rank, long population, string code)
        {
            var key = Diacritics.Fold(name);
            if (key.Length == 0) return;
            if (rank == 1) cities.Add(key + "\t" + code);
            if (!best.TryGetValue(key, out var cur) || rank > cur.Rank || (rank == cur.Rank && population > cur.Population))
                best[key] = (rank, population, code);
        }
        foreach (var p in r.Places)
        {
            Offer(p.Name, 1, p.Population, p.Iso3);
            if (p.AsciiName.Length > 0) Offer(p.AsciiName, 1, p.Population, p.Iso3);
            foreach (var alt in p.Alternates) Offer(alt, 1, p.Population, p.Iso3);
        }
        foreach (var c in r.Countries)
        {
            if (c.Independent) foreach (var cap in c.Capitals) Offer(cap, 2, 0, c.Iso3);
            Offer(c.CommonName, 3, 0, c.Iso3);
            Offer(c.OfficialName, 3, 0, c.Iso3);
            foreach (var alt in c.Alternates) Offer(alt, 3, 0, c.Iso3);
        }
        foreach (var a in r.StateAliases)
            if (a.Kind != StateAliasKind.Demonym) Offer(a.Phrase, a.Kind == StateAliasKind.Capital ? 2 : 3, 0, a.Iso3);
        return new PlaceIndex(best.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Code, StringComparer.OrdinalIgnoreCase),
            cities.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            best.Where(kv => kv.Value.Rank > 1).Select(kv => kv.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
