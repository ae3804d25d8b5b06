namespace Pledgewatch.Comparisons.Conversion;

/// <summary>
/// Converts amounts to EUR and USD at the ECB reference rates of a date. Cross rates go through the euro: a CAD amount
/// is divided by the CAD rate (CAD per EUR) and multiplied by the USD rate (USD per EUR) of the same publication day.
/// Thread-safe.
/// </summary>
internal sealed class CurrencyConverter(ExchangeRates rates)
{
    public ExchangeRates Rates { get; } = rates;

    /// <summary>
    /// <paramref name="amount"/> in <paramref name="currency"/> on <paramref name="day"/> (weekends and holidays take the
    /// nearest earlier publication day), or "no rate" with the reason.
    /// </summary>
    public Converted Convert(double amount, string? currency, DateOnly day)
    {
        if (string.IsNullOrEmpty(currency)) return Converted.NoRate("the amount has no currency");
        var code = currency.ToUpperInvariant();
        var from = Rates.Lookup(code, day);
        if (!from.HasRate) return Converted.NoRate(from.Problem!);
        var eur = amount / from.Rate;
        // The USD rate of the same publication day as the source currency's (EUR amounts use the date asked for).
        var usd = Rates.Lookup("USD", code == "EUR" ? day : from.Day);
        if (!usd.HasRate) return Converted.NoRate(usd.Problem!);
        return new Converted(eur, eur * usd.Rate, code == "EUR" ? usd.Day : from.Day, null);
    }

    /// <summary>Converts between any two covered currencies through the euro; null with the reason when either has no rate.</summary>
    public (double? Value, string? Problem) Cross(double amount, string from, string to, DateOnly day)
    {
        var a = Rates.Lookup(from.ToUpperInvariant(), day);
        if (!a.HasRate) return (null, a.Problem);
        var b = Rates.Lookup(to.ToUpperInvariant(), day);
        if (!b.HasRate) return (null, b.Problem);
        return (amount / a.Rate * b.Rate, null);
    }
}
