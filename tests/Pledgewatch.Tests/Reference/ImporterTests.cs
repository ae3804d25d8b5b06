using Pledgewatch.Reference;
using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The importers on small samples written in the official formats.</summary>
public sealed class ImporterTests
{
    // Two entries in mledoze/countries' shape, trimmed to the fields we read plus some we ignore.
    private const string CountriesJson = """
        [
          {"name": {"common": "Canada", "official": "Canada", "native": {"fra": {"official": "Canada", "common": "Canada"}}},
           "cca2": "CA", "ccn3": "124", "cca3": "CAN", "independent": true, "altSpellings": ["CA"],
           "currencies": {"CAD": {"name": "Canadian dollar", "symbol": "$"}}, "capital": ["Ottawa"],
           "demonyms": {"eng": {"f": "Canadian", "m": "Canadian"}, "fra": {"f": "Canadienne", "m": "Canadien"}}},
          {"name": {"common": "Netherlands", "official": "Kingdom of the Netherlands"},
           "cca2": "NL", "cca3": "NLD", "independent": true, "altSpellings": ["NL", "Holland", "Nederland", "The Netherlands", "Нидерланды"],
           "currencies": {"EUR": {"name": "Euro", "symbol": "€"}}, "capital": ["Amsterdam"],
           "demonyms": {"eng": {"f": "Dutch", "m": "Dutch"}}},
          {"name": {"common": "Greenland", "official": "Greenland"}, "cca2": "GL", "cca3": "GRL", "independent": false,
           "capital": ["Nuuk"], "currencies": {"DKK": {}}, "demonyms": {"eng": {"f": "Greenlandic", "m": "Greenlandic"}}}
        ]
        """;

    private const string OfficeholdersCsv = """
        code,role,name,aliases,start,end,source
        CAN,head_of_government,Justin Trudeau,Trudeau,2015-11-04,2025-03-14,https://example.org/pm
        CAN,head_of_government,Mark Carney,,2025-03-14,,https://example.org/pm
        CAN,foreign_minister,Mélanie Joly,Joly|Melanie Joly|Joly,2021-10-26,2025-05-13,"https://example.org/fm,list"
        CAN,defence_minister,Bad Row,Row,2025-13-01,,x
        CAN,defence_minister,Backwards Row,Row,2025-05-01,2024-01-01,x
        CHN,head_of_state,Xi Jinping,,2013-03-14,,x
        """;

    // GeoNames columns: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1-4, population, elevation, dem, tz, modified.
    private const string GeoNames =
        "6324729\tHalifax\tHalifax\tGaliphaks,Halifax,YHZ,Halifaks\t44.6\t-63.6\tP\tPPLA\tCA\t\t07\t\t\t\t359111\t\t27\tAmerica/Halifax\t2019-01-01\n" +
        "2647632\tHalifax\tHalifax\tHalifax\t53.7\t-1.8\tP\tPPL\tGB\t\tENG\t\t\t\t82624\t\t90\tEurope/London\t2017-01-01\n" +
        "2759794\tAmsterdam\tAmsterdam\tAmsterdam,Amsterdã,Amsterdamo,Ámsterdam,AMS,Amsterdam-Centrum\t52.4\t4.9\tP\tPPLC\tNL\t\t07\t\t\t\t741636\t\t13\tEurope/Amsterdam\t2020-01-01\n" +
        "1\tNowhere\tNowhere\t\t0\t0\tP\tPPL\tZZ\t\t\t\t\t\t20000\t\t0\tUTC\t2020-01-01\n";

    [Fact]
    public void CountryImporterKeepsNamesDemonymsCapitalsAndCurrencies()
    {
        var countries = CountryImporter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CountriesJson)));
        var canada = Assert.Single(countries, c => c.Iso3 == "CAN");
        Assert.Equal(("CA", "Canada", "Ottawa", "CAD"), (canada.Iso2, canada.CommonName, canada.Capitals[0], canada.Currencies[0]));
        Assert.Equal(["Canadian"], canada.Demonyms);
        Assert.Empty(canada.Alternates); // "CA" is the ISO code, not a name
        Assert.True(canada.Independent);
    }

    [Fact]
    public void CountryImporterListsEachNamedCurrencyOnce()
    {
        var names = CountryImporter.ReadCurrencyNames(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CountriesJson)));
        // (Greenland's DKK has no name in the source: no row, the written table names it.)
        Assert.Equal(["CAD", "EUR"], names.Keys);
        Assert.Equal("Canadian dollar", names["CAD"]);
        var text = new StringWriter();
        CountryImporter.WriteCurrencyNames(names, text);
        Assert.Contains("CAD\tCanadian dollar\n", text.ToString());
    }

    [Fact]
    public void CountryImporterDropsCodesArticlesAndOtherScripts()
    {
        var nld = CountryImporter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CountriesJson))).Single(c => c.Iso3 == "NLD");
        Assert.Equal(["Holland", "Nederland"], nld.Alternates);
    }

    [Fact]
    public void CountryImporterGivesKosovoTheCodeOfTheWorldBankTables()
    {
        const string json = """[{"cca2":"XK","cca3":"UNK","name":{"common":"Kosovo","official":"Republic of Kosovo"},"capital":["Pristina"],"currencies":{"EUR":{}},"independent":null}]""";
        var kosovo = Assert.Single(CountryImporter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
        Assert.Equal("XKX", kosovo.Iso3);
    }

    [Fact]
    public void CountryTableRoundTrips()
    {
        var countries = CountryImporter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CountriesJson)));
        var writer = new StringWriter();
        CountryImporter.Write(countries, writer);
        var back = CountryImporter.Parse(new StringReader(writer.ToString()));
        Assert.Equal(countries.Count, back.Count);
        var grl = back.Single(c => c.Iso3 == "GRL");
        Assert.False(grl.Independent);
        Assert.Equal(["Nuuk"], grl.Capitals);
    }

    [Fact]
    public void OfficeholderImporterReportsBadRowsAndKeepsTheRest()
    {
        var problems = new List<string>();
        var rows = OfficeholderImporter.Read(new StringReader(OfficeholdersCsv), "sample.csv", problems);
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("sample.csv:5: bad start date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("sample.csv:6: end", StringComparison.Ordinal));
    }

    [Fact]
    public void OfficeholderImporterAddsTheSurnameAndDropsDuplicateAliases()
    {
        var rows = OfficeholderImporter.Read(new StringReader(OfficeholdersCsv), "sample.csv", []);
        Assert.Equal(["Carney"], rows.Single(r => r.Name == "Mark Carney").Aliases);
        Assert.Equal(["Joly", "Melanie Joly"], rows.Single(r => r.Name == "Mélanie Joly").Aliases);
        Assert.Equal("https://example.org/fm,list", rows.Single(r => r.Name == "Mélanie Joly").Source);
        Assert.Empty(rows.Single(r => r.Name == "Xi Jinping").Aliases); // family name first: "Jinping" is no surname
        Assert.Null(rows.Single(r => r.Name == "Mark Carney").End);
    }

    [Fact]
    public void OfficeholderTableRoundTripsThroughItsOwnFormat()
    {
        var rows = OfficeholderImporter.Read(new StringReader(OfficeholdersCsv), "sample.csv", []);
        var writer = new StringWriter();
        OfficeholderImporter.Write(rows, writer);
        var problems = new List<string>();
        var back = OfficeholderImporter.Read(new StringReader(writer.ToString()), "out.csv", problems);
        Assert.Empty(problems);
        Assert.Equal(rows.OrderBy(r => r.Name).Select(r => (r.Name, r.Start, r.End, r.Source)), back.OrderBy(r => r.Name).Select(r => (r.Name, r.Start, r.End, r.Source)));
    }

    [Fact]
    public void ExtraRowsReplaceTheSameTermAndAddNewOnes()
    {
        var imported = OfficeholderImporter.Read(new StringReader(OfficeholdersCsv), "sample.csv", []);
        var extra = OfficeholderImporter.Read(new StringReader("""
            code,role,name,aliases,start,end,source
            CAN,head_of_government,Mark Carney,Carney|Mark J. Carney,2025-03-14,,pledgewatch: public record
            DNK,head_of_government,Mette Frederiksen,Frederiksen,2019-06-27,,pledgewatch: public record
            """), "extra.csv", []);
        var merged = OfficeholderImporter.Merge(imported, extra);
        Assert.Equal(imported.Count + 1, merged.Count);
        Assert.Contains("Mark J. Carney", merged.Single(r => r.Name == "Mark Carney").Aliases);
        Assert.Contains(merged, r => r.Name == "Mette Frederiksen");
    }

    [Fact]
    public void PlaceImporterCodesCountriesAndFiltersAlternates()
    {
        var problems = new List<string>();
        var places = PlaceImporter.Read(new StringReader(GeoNames), new Dictionary<string, string> { ["CA"] = "CAN", ["GB"] = "GBR", ["NL"] = "NLD" }, problems);
        Assert.Equal(3, places.Count);
        Assert.Single(problems); // ZZ is no country
        Assert.Equal(["CAN", "GBR"], places.Where(p => p.Name == "Halifax").Select(p => p.Iso3).Order());
        var amsterdam = places.Single(p => p.Name == "Amsterdam");
        Assert.Equal(741636, amsterdam.Population);
        // Kept: Latin variants of four letters or more starting with A; dropped: the airport code and the name itself.
        Assert.Equal(["Amsterdã", "Amsterdamo", "Ámsterdam", "Amsterdam-Centrum"], amsterdam.Alternates);
        Assert.Equal(["Halifaks"], places.Single(p => p.Iso3 == "CAN").Alternates); // "Galiphaks" starts otherwise
    }

    [Fact]
    public void ImportRunWritesTheThreeTablesAndTheCommandReportsProblems()
    {
        var source = Directory.CreateTempSubdirectory("pw-src").FullName;
        var output = Path.Combine(Directory.CreateTempSubdirectory("pw-out").FullName, "Data");
        try
        {
            File.WriteAllText(Path.Combine(source, "countries.json"), CountriesJson);
            Directory.CreateDirectory(Path.Combine(source, "officeholders"));
            File.WriteAllText(Path.Combine(source, "officeholders", "world.csv"), OfficeholdersCsv);
            File.WriteAllText(Path.Combine(source, "geonames-cities15000.txt"), GeoNames);

            var root = new System.CommandLine.RootCommand { Pledgewatch.Cli.Commands.ReferenceCommand.Create() };
            int exit = root.Parse(["reference", "import", source, "--out", output]).Invoke();

            Assert.Equal(1, exit); // bad rows were skipped
            var places = PlaceImporter.Parse(new StreamReader(Path.Combine(output, "places.tsv")));
            Assert.Equal(["CAN"], places.Where(p => p.Name == "Halifax").Select(p => p.Iso3)); // GB is not in the sample's countries
            Assert.Contains("NLD\tNL\tNetherlands", File.ReadAllText(Path.Combine(output, "countries.tsv")));
            Assert.StartsWith(OfficeholderImporter.Header, File.ReadAllText(Path.Combine(output, "officeholders.csv")));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void ImportOfAMissingDirectoryWritesNothing()
    {
        var root = new System.CommandLine.RootCommand { Pledgewatch.Cli.Commands.ReferenceCommand.Create() };
        Assert.Equal(2, root.Parse(["reference", "import", "/nonexistent/pledgewatch"]).Invoke());
    }
}
