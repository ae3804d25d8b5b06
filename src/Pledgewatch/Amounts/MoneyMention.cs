namespace Pledgewatch.Amounts;

/// <summary>An amount of money: <see cref="Value"/> in units ("$2.5 billion" → 2 500 000 000), <see cref="Currency"/>
/// ISO 4217, or null when neither the text nor the outlet tells it.</summary>
/// <param name="Approximate">"about", "almost", "more than", "up to", "some" stood before it.</param>
/// <param name="CurrencyByCountry">When <see cref="Currency"/> is null because the name is shared ("crowns"): the currency
/// it means in each country that uses it, for the record to pick its giver's ("Norway will give 7.5 billion crowns").</param>
public sealed record MoneyMention(TextSpan Span, string Text, decimal Value, string? Currency, bool Approximate = false,
    IReadOnlyDictionary<string, string>? CurrencyByCountry = null)
{
    /// <summary>The currency, or for a shared name the one the state <paramref name="country"/> uses (null if neither).</summary>
    public string? CurrencyFor(string? country) =>
        Currency ?? (country is not null && CurrencyByCountry is not null && CurrencyByCountry.TryGetValue(country, out var local) ? local : null);
}
