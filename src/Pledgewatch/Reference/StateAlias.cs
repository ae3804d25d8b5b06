namespace Pledgewatch.Reference;

/// <summary>A hand-written name, demonym or seat of a state (state-aliases.tsv) that countries.json lacks: "U.S.", "Dutch", "The Hague".</summary>
internal sealed record StateAlias(string Phrase, string Iso3, StateAliasKind Kind);
