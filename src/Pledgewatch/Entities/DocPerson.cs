namespace Pledgewatch.Entities;

/// <summary>
/// A person the document introduced who is not in the officeholders table ("government spokeswoman Ilse Varga",
/// "Tomas Lindqvist, a professor"): remembered so that the surname alone resolves the same way later.
/// </summary>
/// <param name="Commentator">Introduced as a commentator (EDU or MED sector, no code): opinions, not events.</param>
internal sealed record DocPerson(string Name, string? Code, string? Sector, bool Commentator);
