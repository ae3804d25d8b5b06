using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The regular plural of the PETRARCH dictionaries (dictionaries.rst), with the English refinements the importers document.</summary>
public sealed class PetrarchPluralTests
{
    [Theory]
    [InlineData("PROTESTER", "PROTESTERS")]
    [InlineData("militia", "militias")]
    [InlineData("ARMY", "ARMIES")]
    [InlineData("envoy", "envoys")]
    [InlineData("BOSS", "BOSSES")]
    [InlineData("tax", "taxes")]
    [InlineData("church", "churches")]
    [InlineData("riot police officer", "riot police officers")]
    [InlineData("ferry_boat", "ferry_boats")]
    [InlineData("talks", null)]
    [InlineData("servicemen", null)]
    [InlineData("capt.", null)]
    [InlineData("f-16", null)]
    public void PluralOfTheLastWord(string phrase, string? plural) => Assert.Equal(plural, PetrarchPlural.Of(phrase));
}
