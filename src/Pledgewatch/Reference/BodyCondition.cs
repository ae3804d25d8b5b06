namespace Pledgewatch.Reference;

/// <summary>When a body phrase counts as naming the body (see <see cref="BodyName"/>).</summary>
internal enum BodyCondition : byte
{
    Always,
    AfterMention,
    Metonym,
}
