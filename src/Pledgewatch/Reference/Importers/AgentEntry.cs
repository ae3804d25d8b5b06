namespace Pledgewatch.Reference.Importers;

/// <summary>A common noun for a kind of actor (entities-agents.tsv): "riot police" → COP, sector GOV.</summary>
/// <param name="Phrase">Lower case; " … " where the dictionary lets other words come between ("chief … executive").</param>
/// <param name="Plurals">Its plural forms, empty when it has none of its own.</param>
/// <param name="Code">The CAMEO agent code as written without its '~' ("COP", "GOVMED"); the first three letters are the primary agent.</param>
/// <param name="Sector">The EVENTS.md sector of the primary agent (<see cref="AgentSectors"/>), or empty when none fits.</param>
internal sealed record AgentEntry(string Phrase, IReadOnlyList<string> Plurals, string Code, string Sector);
