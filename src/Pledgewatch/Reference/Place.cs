namespace Pledgewatch.Reference;

/// <summary>A city or region (GeoNames, or the hand-written regions): coded to the ISO3 of its country.</summary>
/// <param name="Alternates">Latin-script names that differ from <paramref name="Name"/> and <paramref name="AsciiName"/>.</param>
/// <param name="Population">Inhabitants as GeoNames gives them; the tie-breaker between places of the same name.</param>
internal sealed record Place(string Name, string AsciiName, IReadOnlyList<string> Alternates, string Iso3, long Population);
