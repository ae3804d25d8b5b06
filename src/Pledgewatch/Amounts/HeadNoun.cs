namespace Pledgewatch.Amounts;

/// <summary>A noun an item can end in ("howitzers"): whether it reads as singular (after "a"/"an", "one") or plural
/// (after larger counts: "three tank companies" is not three tanks), and whether it takes an "of" complement
/// ("rounds of 105 mm artillery ammunition"), and what kind of thing it names.</summary>
internal readonly record struct HeadNoun(bool Singular, bool Plural, bool TakesOf, ItemKind Kind = ItemKind.Arms);
