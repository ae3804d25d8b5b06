namespace Pledgewatch.Reference.Importers;

/// <summary>One way of naming an armed or political movement (entities-armed-groups.tsv): "Boko Haram" → NGA.</summary>
/// <param name="Phrase">As news text writes it: proper case for a name ("Tigray People's Liberation Front"), upper case for
/// an acronym ("FARC"); the entity lexicon matches capitalised words as capitalised and upper-case words as upper case.</param>
/// <param name="Code">ISO 3166-1 alpha-3 of the country where the movement holds ground: the first three letters of its
/// CAMEO code.</param>
/// <param name="Canonical">The name of the movement: its dictionary entry's head, without a parenthesised acronym.</param>
internal sealed record ArmedGroupEntry(string Phrase, string Code, string Canonical);
