namespace Pledgewatch.Reference.Importers;

/// <summary>The CAMEO verb dictionary as read: synonym sets by label (without '&amp;'), synonym blocks in file order.</summary>
/// <param name="Transformations">How many <c>~</c> transformation lines were skipped (verb-on-verb rules, not frames).</param>
internal sealed record CameoDictionary(IReadOnlyDictionary<string, CameoSynset> Synsets, IReadOnlyList<CameoBlock> Blocks, int Transformations);
