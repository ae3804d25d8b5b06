namespace Pledgewatch.Reference.Importers;

/// <summary>
/// A row of event-frames-cameo.tsv: a verb of the CAMEO dictionary with its default code (<see cref="Kind"/> "verb",
/// <see cref="Detail"/> its irregular forms), or one of its patterns ("pattern", <see cref="Detail"/> the constraints
/// of <see cref="CameoPatternSpec"/>), with the PLOVER category, mode and contexts of the code.
/// </summary>
/// <param name="Lemma">Lower case; a phrase keeps its words, the inflected one marked with a leading '+' ("+cordon off").</param>
/// <param name="Code">The CAMEO code as written (<see cref="CameoCode"/>), for auditing a row against the dictionary.</param>
internal sealed record CameoFrame(string Kind, string Lemma, string Detail, string Code, string Category, string Mode, IReadOnlyList<string> Contexts)
{
    public string ToLine() => string.Join('\t', Kind, Lemma, Detail, Code, Category, Mode, string.Join(',', Contexts));
}
