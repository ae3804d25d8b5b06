namespace Pledgewatch.Tests.Amounts;

/// <summary>One case of a Specs/amounts/*.json file; an empty <see cref="Expected"/> is a negative case.</summary>
/// <param name="Kind">For terms.json: "instruments" or "purpose".</param>
public sealed record AmountCase<TExpected>(string Id, string Input, string? Outlet, string? Kind, List<TExpected> Expected, string? Note);
