namespace Pledgewatch.Reference.Importers;

/// <summary>What a CAMEO code becomes in PLOVER (CAMEO2PLOVER-2021.txt): category (upper case), mode and contexts (lower case; either may be empty).</summary>
internal sealed record PloverMapping(string Category, string Mode, IReadOnlyList<string> Contexts);
