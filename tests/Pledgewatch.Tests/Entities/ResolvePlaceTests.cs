namespace Pledgewatch.Tests.Entities;

/// <summary>Datelines resolve to countries: case- and diacritics-insensitive, the part after a comma first.</summary>
public sealed class ResolvePlaceTests
{
    [Theory]
    [InlineData("OTTAWA", "CAN")]
    [InlineData("KYIV, Ukraine", "UKR")]
    [InlineData("RAMSTEIN AIR BASE, Germany", "DEU")]
    [InlineData("KRAKÓW", "POL")]
    [InlineData("krakow", "POL")]
    [InlineData("WASHINGTON", "USA")]
    [InlineData("TORONTO", "CAN")]
    [InlineData("LONDON", "GBR")]
    [InlineData("BERN", "CHE")]
    [InlineData("The Hague", "NLD")]
    [InlineData("Halifax, Nova Scotia", "CAN")]
    [InlineData("PARIS", "FRA")]
    [InlineData("Kiev", "UKR")]
    [InlineData("ZÜRICH", "CHE")]
    public void DatelineResolvesToItsCountry(string dateline, string expected) =>
        Assert.Equal(expected, EntityRun.Extractor.ResolvePlace(dateline));

    [Theory]
    [InlineData("VALENCIA", null, "VEN")]
    [InlineData("VALENCIA", "ESP", "ESP")]
    [InlineData("LONDON", "CAN", "GBR")]
    [InlineData("PARIS", "USA", "FRA")]
    [InlineData("CÓRDOBA", "ESP", "ESP")]
    public void ACityOfTheOutletsCountryWinsOverALargerOneAbroad(string dateline, string? outlet, string expected) =>
        Assert.Equal(expected, EntityRun.Extractor.ResolvePlace(dateline, outlet));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("NOWHERE-IN-PARTICULAR")]
    public void UnknownDatelineIsNull(string dateline) => Assert.Null(EntityRun.Extractor.ResolvePlace(dateline));
}
