namespace Pledgewatch.Amounts;

/// <summary>
/// A number read from tokens: <see cref="Value"/> after scales ("2.5 billion" → 2 500 000 000), the product of those
/// scales in <see cref="Scale"/> (1 when none), and <see cref="End"/>, the index after its last token.
/// </summary>
internal readonly record struct Quantity(decimal Value, decimal Scale, int End);
