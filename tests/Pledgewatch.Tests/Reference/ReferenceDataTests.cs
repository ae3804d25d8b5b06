using Pledgewatch.Reference;

namespace Pledgewatch.Tests.Reference;

/// <summary>The bundled tables as loaded from the assembly.</summary>
public sealed class ReferenceDataTests
{
    private static readonly ReferenceData Data = ReferenceData.Load();

    [Fact]
    public void LoadReturnsOneSharedInstance() => Assert.Same(Data, ReferenceData.Load());

    [Fact]
    public void CanadaHasOttawaAsCapitalAndCadAsCurrency()
    {
        var canada = Data.CountryByIso3["CAN"];
        Assert.Equal(["Ottawa"], canada.Capitals);
        Assert.Equal(["CAD"], canada.Currencies);
        Assert.Contains("Canadian", canada.Demonyms);
    }

    [Fact]
    public void HalifaxIsInTwoCountries() =>
        Assert.Equal(["CAN", "GBR"], Data.Places.Where(p => p.Name == "Halifax").Select(p => p.Iso3).Order());

    [Fact]
    public void CarneyHeadsTheCanadianGovernmentFromMarch2025()
    {
        var carney = Assert.Single(Data.Officeholders, o => o.Name == "Mark Carney" && o.Role == "head_of_government");
        Assert.Equal(("CAN", new DateOnly(2025, 3, 14), (DateOnly?)null), (carney.Code, carney.Start, carney.End));
        Assert.Contains("Carney", carney.Aliases);
        Assert.Equal("Justin Trudeau", Data.HolderOf("CAN", "head_of_government", new DateOnly(2025, 3, 1))?.Name);
        Assert.Equal("Mark Carney", Data.HolderOf("CAN", "head_of_government", new DateOnly(2026, 1, 5))?.Name);
        Assert.Equal("Mark Carney", Data.HolderOf("CAN", "head_of_government", null)?.Name);
    }

    [Fact]
    public void ThePresidentHeadsTheGovernmentInPresidentialStates() =>
        Assert.Equal("Joe Biden", Data.HolderOf("USA", "head_of_government", new DateOnly(2023, 2, 21))?.Name);

    [Fact]
    public void ExtraRowsAreMarkedAndEveryTermHasItsSurname()
    {
        var extra = Data.Officeholders.Where(o => o.Source == "pledgewatch: public record").ToList();
        Assert.Contains(extra, o => o.Name == "Mette Frederiksen" && o.Code == "DNK");
        Assert.Contains(extra, o => o.Name == "Guy Parmelin" && o.Role == "minister");
        Assert.Contains(extra, o => o.Name == "Donald Trump" && o.Start == new DateOnly(2017, 1, 20));
        foreach (var name in new[] { "Justin Trudeau", "Anita Anand", "Mélanie Joly", "Denys Shmyhal", "Rishi Sunak", "Ben Wallace",
                     "Antony Blinken", "Lloyd Austin", "Boris Pistorius", "Christine Lambrecht", "Olaf Scholz", "Fumio Kishida",
                     "Anthony Albanese", "Mateusz Morawiecki", "Andrzej Duda", "Mark Rutte", "Jonas Gahr Støre", "Ignazio Cassis",
                     "Nicolás Maduro", "Alexander Lukashenko", "Vladimir Putin", "Joe Biden", "Donald Trump" })
        {
            var rows = Data.Officeholders.Where(o => o.Name == name).ToList();
            Assert.True(rows.Count > 0, $"{name} is missing");
            var surname = name.Split(' ')[^1];
            Assert.True(rows.All(r => r.Aliases.Contains(surname)), $"{name} lacks the alias {surname}");
        }
        Assert.Contains("Zelenskyy", Data.Officeholders.Single(o => o.Name == "Volodymyr Zelenskyy").Aliases);
        Assert.Contains("Zelensky", Data.Officeholders.Single(o => o.Name == "Volodymyr Zelenskyy").Aliases);
    }

    [Fact]
    public void NoTermEndsBeforeItStarts() =>
        Assert.DoesNotContain(Data.Officeholders, o => o.End < o.Start);

    [Fact]
    public void LexiconsLoad()
    {
        Assert.Contains(Data.Bodies, b => b.Phrase == "coalition of the willing" && b.Code == "COW");
        Assert.Contains(Data.Institutions, i => i.Phrase == "Pentagon" && i.Sector == "MIL");
        Assert.Contains(Data.Titles, t => t.Phrase == "chancellor" && t.Countries.Contains("DEU"));
        Assert.Contains(Data.Commentators, c => c.Phrase == "journalist" && c.Sector == "MED");
        Assert.Contains("march", (IReadOnlySet<string>)Data.PlaceStopwords);
        Assert.Contains("USA", (IReadOnlySet<string>)Data.PresidentialStates);
        Assert.Contains(Data.ArmedGroups, g => g.Phrase == "Boko Haram" && g.Code == "NGA" && g.Condition == BodyCondition.Always);
    }

    [Fact]
    public void HandWrittenBodiesWinOverTheImportedArmedGroups()
    {
        var written = Data.Bodies.Select(b => b.Phrase.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Data.ArmedGroups, g => written.Contains(g.Phrase.ToLowerInvariant()));
        Assert.Contains(Data.Bodies, b => b.Phrase == "Ansar Allah" && b.Code == "YEM");
    }

    // The CAMEO frames (event-frames-cameo.tsv, about 6 MB: one row per pattern and verb of its block, synsets
    // expanded, as issue 8 asks) are most of it; the rest stays near 2 MB.
    [Fact]
    public void BundledDataStaysUnderTenMegabytes()
    {
        var assembly = typeof(ReferenceData).Assembly;
        long total = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Pledgewatch.Reference.Data.", StringComparison.Ordinal)))
            using (var s = assembly.GetManifestResourceStream(name)!) total += s.Length;
        Assert.InRange(total, 500_000, 10_000_000);
    }
}
