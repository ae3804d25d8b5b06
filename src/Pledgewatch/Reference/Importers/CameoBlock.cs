namespace Pledgewatch.Reference.Importers;

/// <summary>
/// A verb synonym block (<c>--- NAME [code] ---</c>): verbs that share patterns; <see cref="Code"/> is the default
/// of every verb that has none of its own (the null code <c>---</c> when the header gives none).
/// </summary>
internal sealed record CameoBlock(string Name, CameoCode Code, int Line, List<CameoVerb> Verbs, List<CameoPattern> Patterns);
