namespace Pledgewatch.Tests.Amounts;

/// <summary>An item as a case file states it: the whole phrase (<see cref="Span"/>), the item text and its count, and
/// the kind of item when the case names one ("Arms", "Equipment", "Relief").</summary>
public sealed record ExpectedItem(string Span, string Text, int Quantity, string? Kind = null);
