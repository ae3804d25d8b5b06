namespace Pledgewatch.Reference.Importers;

/// <summary>
/// A synonym set of the CAMEO verb dictionary (<c>&amp;CURRENCY</c> and its <c>+</c> lines), already expanded: each
/// phrase in lower case with the words of a phrase joined by '_', followed by its regular plural unless the label or
/// the phrase ends with '_' (dictionaries.rst, "Synsets"; the plural as <see cref="PetrarchPlural"/> forms it).
/// </summary>
internal sealed record CameoSynset(string Label, IReadOnlyList<string> Phrases, int Line);
