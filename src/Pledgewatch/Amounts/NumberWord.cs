namespace Pledgewatch.Amounts;

/// <summary>A number word's value ("billion" → 1 000 000 000) and role.</summary>
internal readonly record struct NumberWord(decimal Value, NumberWordKind Kind);
