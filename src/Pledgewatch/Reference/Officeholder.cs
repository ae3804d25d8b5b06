namespace Pledgewatch.Reference;

/// <summary>
/// One term of office: <paramref name="Code"/> is the ISO3 of the state or the body code (EU, NATO, UN, IMF, WB)
/// the holder served. Both ends are inclusive days; <paramref name="End"/> null means still in office.
/// </summary>
/// <param name="Role">head_of_state, head_of_government, foreign_minister, defence_minister, leader (of a body) or minister (any other post).</param>
/// <param name="Aliases">Other ways the text names the holder, always including the surname alone where one exists.</param>
/// <param name="Source">Where the row comes from; "pledgewatch: public record" marks the project's own additions.</param>
internal sealed record Officeholder(
    string Code,
    string Role,
    string Name,
    IReadOnlyList<string> Aliases,
    DateOnly Start,
    DateOnly? End,
    string Source)
{
    public bool ActiveOn(DateOnly day) => Start <= day && (End is null || day <= End.Value);
}
