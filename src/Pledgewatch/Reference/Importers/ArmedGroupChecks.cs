using Pledgewatch.Syntax;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// What the armed-group importer checks the dictionary's rows against: the project's countries table (a CAMEO code's
/// first three letters must be one of its ISO3 codes), the names the entity lexicon has already (states, their aliases,
/// demonyms and capitals, bodies, institutions), the common English words, and the first names that mark a person.
/// </summary>
/// <param name="CountryCodes">ISO3 codes of countries.tsv.</param>
/// <param name="LexiconNames">Each name of the lexicon by its <see cref="Fold"/>, with what it names ("body Hamas").</param>
/// <param name="BodyNames">The canonical name of each phrase of bodies.tsv by its <see cref="Fold"/>: a group the table
/// names is called as bodies.tsv calls it ("Hamas" for the dictionary's HAMAS_ entry).</param>
/// <param name="IsCommonWord">True for a lower-case word the syntax lexicon knows, or whose singular it knows.</param>
/// <param name="FirstNames">Upper case: first names of the project (first-names.txt and the officeholders').</param>
internal sealed record ArmedGroupChecks(
    IReadOnlySet<string> CountryCodes,
    IReadOnlyDictionary<string, string> LexiconNames,
    IReadOnlyDictionary<string, string> BodyNames,
    Func<string, bool> IsCommonWord,
    IReadOnlySet<string> FirstNames)
{
    /// <summary>The checks of the bundled tables.</summary>
    public static ArmedGroupChecks From(ReferenceData r)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string phrase, string what)
        {
            if (phrase.Length > 0) names.TryAdd(Fold(phrase), what);
        }
        foreach (var c in r.Countries)
        {
            foreach (var n in (string[])[c.CommonName, c.OfficialName, .. c.Alternates]) Add(n, $"name of {c.Iso3}");
            foreach (var d in c.Demonyms) Add(d, $"demonym of {c.Iso3}");
            foreach (var cap in c.Capitals) Add(cap, $"capital of {c.Iso3}");
        }
        foreach (var a in r.StateAliases) Add(a.Phrase, $"state alias of {a.Iso3}");
        foreach (var b in r.Bodies) Add(b.Phrase, $"body {b.Canonical} ({b.Code})");
        foreach (var i in r.Institutions) Add(i.Phrase, $"institution {i.Canonical} ({i.Code})");
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in r.Bodies) bodies.TryAdd(Fold(b.Phrase), b.Canonical);
        return new ArmedGroupChecks(
            r.Countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal),
            names,
            bodies,
            // ("Anarchists": a plural the lexicon knows as its singular.)
            w => !PosLexicon.Default.TagsOf(w).IsEmpty || w.Length > 3 && w[^1] == 's' && !PosLexicon.Default.TagsOf(w.AsSpan(0, w.Length - 1)).IsEmpty,
            r.FirstNames.Select(n => n.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The key names compare by: diacritics folded, lower case, without apostrophes ("People's" = "peoples").</summary>
    public static string Fold(string phrase) =>
        Diacritics.Fold(phrase).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
