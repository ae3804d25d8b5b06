namespace Pledgewatch.Amounts;

/// <summary>A counted item ("six M777 howitzers" → Quantity 6, Text "M777 howitzers"); <see cref="Span"/> covers the whole phrase.</summary>
public sealed record ItemMention(TextSpan Span, string Text, int Quantity);
