namespace Pledgewatch.Entities;

/// <summary>
/// An entity mentioned in a document, resolved as far as the coder can: <see cref="Code"/> is ISO3 for states,
/// their people and their places, or a body code (EU, NATO, UN, IMF, WB, G7, OSCE, ICRC, COW); null when unknown.
/// Pronouns, titles and surnames carry the code of the entity they were resolved to.
/// </summary>
/// <param name="Span">Where the mention stands in the document text (for a title with a name, the whole phrase).</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Sector">GOV, MIL, LEG, JUD, EDU, MED, NGO, BUS, CVL or null (EVENTS.md, Entities).</param>
/// <param name="Name">The canonical full name of a person or body ("Mark Carney"), else null.</param>
/// <param name="Possessive">The mention is followed by a possessive ("Carney's office", "Ukraine's allies").</param>
public sealed record Mention(
    TextSpan Span,
    string Text,
    EntityKind Kind,
    MentionForm Form,
    string? Code,
    string? Sector = null,
    string? Name = null,
    bool Possessive = false)
{
    /// <summary>A state named by its code alone, told nowhere in the text (a recipient or actor the discourse infers).</summary>
    public static Mention OfState(string code) => new(default, code, EntityKind.State, MentionForm.Name, code);
}
