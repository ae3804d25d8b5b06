using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.Reference;
using static Pledgewatch.Comparisons.Tests.Support.Some;

namespace Pledgewatch.Comparisons.Tests.Conversion;

public sealed class CurrencyConverterTests
{
    private readonly CurrencyConverter _converter = new(Rates());

    [Fact]
    public void SaturdayTakesFridaysRate()
    {
        var c = _converter.Convert(160, "CAD", Day("2024-12-21"));
        Assert.Null(c.Problem);
        Assert.Equal(Day("2024-12-20"), c.RateDay);
        Assert.Equal(100, c.Eur!.Value, 9);
    }

    [Fact]
    public void ChristmasAndBoxingDayTakeChristmasEvesRate()
    {
        foreach (var day in new[] { "2024-12-25", "2024-12-26" })
        {
            var c = _converter.Convert(150, "CAD", Day(day));
            Assert.Equal(Day("2024-12-24"), c.RateDay);
            Assert.Equal(100, c.Eur!.Value, 9);
        }
    }

    [Fact]
    public void CrossRateGoesThroughTheEuroOnTheSameDay()
    {
        // 300 CAD on 2024-12-24 = 200 EUR = 250 USD (USD 1.25, CAD 1.5 per EUR).
        var c = _converter.Convert(300, "CAD", Day("2024-12-24"));
        Assert.Equal(250, c.Usd!.Value, 9);
        Assert.Equal(250, _converter.Cross(300, "CAD", "USD", Day("2024-12-24")).Value!.Value, 9);
    }

    [Fact]
    public void EuroAmountsKeepTheirValueAndTakeTheUsdRateOfTheDay()
    {
        var c = _converter.Convert(100, "EUR", Day("2024-12-23"));
        Assert.Equal((100.0, 120.0), (c.Eur!.Value, Math.Round(c.Usd!.Value, 9)));
    }

    [Fact]
    public void CurrencyTheEcbDoesNotPublishHasNoRateRatherThanZero()
    {
        var c = _converter.Convert(1_000_000, "UAH", Day("2024-12-23"));
        Assert.False(c.HasRate);
        Assert.Null(c.Eur);
        Assert.Contains("UAH", c.Problem);
    }

    [Fact]
    public void DayOnWhichTheEcbPublishedNoRateForTheCurrencyHasNoRate()
    {
        Assert.True(_converter.Convert(100, "RUB", Day("2024-12-19")).HasRate);
        var c = _converter.Convert(100, "RUB", Day("2024-12-23"));
        Assert.Null(c.Eur);
        Assert.Contains("no RUB rate", c.Problem);
    }

    [Fact]
    public void DatesOutsideTheTableHaveNoRate()
    {
        Assert.Contains("before", _converter.Convert(100, "CAD", Day("2024-12-01")).Problem);
        Assert.Contains("reference update", _converter.Convert(100, "CAD", Day("2025-03-01")).Problem);
        Assert.Contains("no currency", _converter.Convert(100, null, Day("2024-12-23")).Problem);
    }

    [Fact]
    public void BundledRatesCoverTheEcbHistoryAndItsHolidays()
    {
        var converter = ComparisonReference.Load(null).Converter;
        // New Year's Day 2025 (a TARGET holiday, Wednesday) takes 31 December 2024.
        var c = converter.Convert(100, "USD", Day("2025-01-01"));
        Assert.Equal(Day("2024-12-31"), c.RateDay);
        // Good Friday and Easter Monday 2024: 1 April takes Thursday 28 March.
        Assert.Equal(Day("2024-03-28"), converter.Convert(100, "GBP", Day("2024-04-01")).RateDay);
        Assert.Equal(Day("1999-01-04"), converter.Rates.First);
        Assert.Null(converter.Convert(100, "UAH", Day("2024-03-01")).Eur);
    }
}
