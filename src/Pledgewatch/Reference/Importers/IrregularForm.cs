namespace Pledgewatch.Reference.Importers;

/// <summary>An inflected form whose lemma no suffix rule finds ("went" → "go", v), a row of syntax-irregular.tsv.</summary>
/// <param name="Pos">v (verb), n (noun) or a (adjective), as WordNet names its exception lists.</param>
internal sealed record IrregularForm(string Form, string Lemma, char Pos);
