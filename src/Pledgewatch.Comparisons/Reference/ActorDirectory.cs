namespace Pledgewatch.Comparisons.Reference;

/// <summary>
/// Names of the actors rankings show, and the codes under which the World Bank files their population and GDP: ISO3
/// countries from the coder's countries.tsv, bodies from its bodies.tsv, aggregates from actor-aggregates.tsv.
/// </summary>
internal sealed class ActorDirectory
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aggregates = new(StringComparer.Ordinal);

    /// <summary>Every way of writing a country or body the coder knows (names, alternates, demonyms), lower case, to its code.</summary>
    public IReadOnlyDictionary<string, string> Phrases => _phrases;

    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);

    public static ActorDirectory Load()
    {
        var d = new ActorDirectory();
        using (var countries = ReferenceFiles.CoderTable("countries.tsv"))
            foreach (var row in ReferenceFiles.Rows(countries))
            {
                // iso3, iso2, common name, official name, alternates, demonyms, capitals, currencies, independent
                var code = row[0];
                d._names[code] = row[2];
                d.AddPhrase(row[2], code);
                d.AddPhrase(row[3], code);
                foreach (var alt in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries)) d.AddPhrase(alt, code);
                foreach (var dem in row[5].Split('|', StringSplitOptions.RemoveEmptyEntries)) d.AddPhrase(dem, code);
            }
        using (var bodies = ReferenceFiles.CoderTable("bodies.tsv"))
            foreach (var row in ReferenceFiles.Rows(bodies))
            {
                if (row.Length < 4 || row[3].Trim() != "always") continue;
                d._names.TryAdd(row[1], row[2]);
                d.AddPhrase(row[0], row[1]);
            }
        foreach (var row in ReferenceFiles.BundledRows("actor-aggregates.tsv"))
        {
            d._aggregates[row[0]] = row[1];
            d._names.TryAdd(row[0], row[2]);
        }
        return d;
    }

    /// <summary>The display name of a code; the code itself when unknown.</summary>
    public string Name(string code) => _names.TryGetValue(code, out var n) ? n : code;

    /// <summary>The code the World Bank uses for this actor's population and GDP (itself for a country).</summary>
    public string IndicatorCode(string actor) => _aggregates.TryGetValue(actor, out var a) ? a : actor;

    public IEnumerable<string> IndicatorCodes => _names.Keys.Where(k => k.Length == 3).Concat(_aggregates.Values);

    private void AddPhrase(string phrase, string code)
    {
        var key = phrase.Trim().ToLowerInvariant();
        if (key.Length > 1) _phrases.TryAdd(key, code);
    }
}
