namespace Pledgewatch.Reference;

/// <summary>
/// A title in front of a name or standing for one (titles.tsv): "Prime Minister" → head_of_government.
/// </summary>
/// <param name="Role">The officeholder role it names, or "official" when it names no role of the table (spokesman, ambassador).</param>
/// <param name="Countries">The only states that use this title ("Chancellor": DEU, AUT); empty when any state does.</param>
/// <param name="Sector">The sector of whoever holds it (GOV, MIL, LEG).</param>
internal sealed record Title(string Phrase, string Role, IReadOnlyList<string> Countries, string Sector);
