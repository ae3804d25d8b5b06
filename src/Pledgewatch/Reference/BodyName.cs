namespace Pledgewatch.Reference;

/// <summary>One way of naming an international body (bodies.tsv): "the alliance" → NATO.</summary>
/// <param name="Code">The body code written to records (EU, NATO, UN, IMF, WB, G7, …).</param>
/// <param name="Condition">
/// <see cref="BodyCondition.Always"/>; <see cref="BodyCondition.AfterMention"/> when the phrase names the body only once
/// it was mentioned ("the Fund", "the Union"); <see cref="BodyCondition.Metonym"/> for a seat standing for the body,
/// which is a place after a locative preposition ("Brussels said" vs "in Brussels").
/// </param>
internal sealed record BodyName(string Phrase, string Code, string Canonical, BodyCondition Condition);
