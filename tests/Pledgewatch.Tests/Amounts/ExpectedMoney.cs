namespace Pledgewatch.Tests.Amounts;

/// <summary>A money mention as a case file states it: the amount's text, value in units, ISO currency.</summary>
public sealed record ExpectedMoney(string Text, decimal Value, string? Currency, bool Approximate = false);
