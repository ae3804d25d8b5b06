namespace Pledgewatch.Amounts;

/// <summary>An amount of money: <see cref="Value"/> in units ("$2.5 billion" → 2 500 000 000), <see cref="Currency"/>
/// ISO 4217, or null when neither the text nor the outlet tells it.</summary>
/// <param name="Approximate">"about", "almost", "more than", "up to", "some" stood before it.</param>
/// <param name="CurrencyByCountry">For a name several countries use ("crowns", "kroner", "rupees"): the currency it means
/// in each of them, for the record to pick its giver's ("Denmark will put up 1.2 billion kroner"); <see cref="Currency"/>
/// is then the outlet's reading of it (null for "crowns", which no country's reading settles).</param>
public sealed record MoneyMention(TextSpan Span, string Text, decimal Value, string? Currency, bool Approximate = false,
    IReadOnlyDictionary<string, string>? CurrencyByCountry = null)
{
    /// <summary>For a shared name, the one the giver <paramref name="country"/> uses; else the currency (null if neither).</summary>
    public string? CurrencyFor(string? country) =>
        country is not null && CurrencyByCountry is not null && CurrencyByCountry.TryGetValue(country, out var local) ? local : Currency;
}
