namespace Pledgewatch.Reference;

/// <summary>
/// A country as the coder needs it (from mledoze/countries via <see cref="Importers.CountryImporter"/>).
/// Names are as published, Latin script only; <see cref="Alternates"/> never repeats the common or official name.
/// </summary>
/// <param name="Iso3">ISO 3166-1 alpha-3, upper case: the code every mention of this state carries.</param>
/// <param name="Independent">A sovereign state: only these have capitals that stand for a government ("Ottawa said").</param>
internal sealed record Country(
    string Iso3,
    string Iso2,
    string CommonName,
    string OfficialName,
    IReadOnlyList<string> Alternates,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Currencies,
    bool Independent);
