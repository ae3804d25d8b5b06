namespace Pledgewatch.Amounts;

/// <summary>An amount of money: <see cref="Value"/> in units ("$2.5 billion" → 2 500 000 000), <see cref="Currency"/>
/// ISO 4217, or null when neither the text nor the outlet tells it.</summary>
/// <param name="Approximate">"about", "almost", "more than", "up to", "some" stood before it.</param>
public sealed record MoneyMention(TextSpan Span, string Text, decimal Value, string? Currency, bool Approximate = false);
