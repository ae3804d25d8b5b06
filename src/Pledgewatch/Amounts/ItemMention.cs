namespace Pledgewatch.Amounts;

/// <summary>A counted item ("six M777 howitzers" → Quantity 6, Text "M777 howitzers"); <see cref="Span"/> covers the whole phrase.</summary>
/// <param name="Kind">What the head noun names: arms, other equipment ("generators") or relief supplies ("meals").</param>
public sealed record ItemMention(TextSpan Span, string Text, int Quantity, ItemKind Kind = ItemKind.Arms);

/// <summary>The kind of thing an item's head noun names (amounts-items.tsv flags): it decides the commitment's instruments.</summary>
public enum ItemKind
{
    /// <summary>Arms and armoured vehicles ("howitzers", "rounds of ammunition"): weapons and equipment.</summary>
    Arms,

    /// <summary>Equipment that is no weapon ("generators", "ambulances", "helmets"): equipment.</summary>
    Equipment,

    /// <summary>Relief supplies ("meals", "tonnes of flour", "doses"): in kind.</summary>
    Relief,
}
