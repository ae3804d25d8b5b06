using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>
/// The armed-group importer on a made-up militant-groups dictionary in the format of dictionaries.rst ("Actor
/// Dictionary"), checked against a made-up lexicon: countries NGA, TUR, PSE, GRC, COL, BOL; a body "Hamas".
/// </summary>
public sealed class ArmedGroupImporterTests
{
    private const string Groups = """
        # made-up militant groups
        NORTHERN_PEOPLES_LIBERATION_FRONT_(NPLF)_ [NGAREB] #  editor's mark
        +NORTHERN_PEOPLE'S_LIBERATION_FRONT_
        +ABU_KARIM_
        +KARIM

        +FRONT_OF_THE_NORTH
        VALLEY_WORKERS_PARTY [TURREB]
        +VWP
        +TIGERS_
        +RIVER_ARMY_(SOUTH_COAST)_
        +AL-NAHR_BRIGADES_+_RIVER_BRIGADES_
        HIGHLAND_FRONT_ [IMGREB]
        +HIGHLAND_FRONT_OF_THE_WEST_
        HAMAS_
        +ISLAMIC_RESISTANCE_MOVEMENT
        	[PSEREBHMS 19870101-20040322]
        MAY_9_ [GRCREB]
        +GREEN_CELLS_(GC)_
        RED_HILL_ARMY [COLREB]
        RED_HILL_ARMY_ [BOLREB]
         #  editor's mark
        +LOST_SYNONYM_
        CAF#E_FRONT [COLREB]
        """;

    private static readonly ArmedGroupChecks Checks = new(
        new HashSet<string>(["NGA", "TUR", "PSE", "GRC", "COL", "BOL"], StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal) { ["hamas"] = "body Hamas (PSE)" },
        new Dictionary<string, string>(StringComparer.Ordinal) { ["hamas"] = "Hamas" },
        w => w is "tigers" or "river" or "army" or "red" or "hill",
        new HashSet<string>(StringComparer.Ordinal));

    private static (List<ArmedGroupEntry> Rows, List<string> Problems, ImportCounts Counts) Import()
    {
        var problems = new List<string>();
        var counts = new ImportCounts();
        var rows = ArmedGroupImporter.Read(new StringReader(Groups), "groups.txt", Checks, problems, counts);
        return (rows, problems, counts);
    }

    private static Dictionary<string, ArmedGroupEntry> Rows() => Import().Rows.ToDictionary(r => r.Phrase, StringComparer.Ordinal);

    [Theory]
    [InlineData("Northern People's Liberation Front", "NGA")] // the apostrophe the dictionary drops ...
    [InlineData("Northern Peoples Liberation Front", "NGA")] // ... and the form without it
    [InlineData("NPLF", "NGA")] // a parenthesised acronym is a phrase of its own
    [InlineData("Front of the North", "NGA")] // a blank line does not end an entry
    [InlineData("Valley Workers' Party", "TUR")]
    [InlineData("Valley Workers Party", "TUR")]
    [InlineData("VWP", "TUR")]
    [InlineData("River Army", "TUR")] // a parenthesised gloss is left out
    [InlineData("al-Nahr Brigades", "TUR")] // two synonyms on one line; an Arabic article in lower case
    [InlineData("River Brigades", "TUR")]
    [InlineData("Islamic Resistance Movement", "PSE")] // the code on the tab line below the entry
    [InlineData("Green Cells", "GRC")]
    public void RowsAreCodedWithTheCountryOfTheirEntry(string phrase, string code) => Assert.Equal(code, Rows()[phrase].Code);

    [Theory]
    [InlineData("Abu Karim")] // a person's name
    [InlineData("Karim")] // the end of a person's name of the same entry
    [InlineData("Tigers")] // one common English word
    [InlineData("Highland Front")] // a region's code (IMG), not a country's
    [InlineData("Highland Front of the West")]
    [InlineData("Hamas")] // the lexicon has it (bodies.tsv)
    [InlineData("HAMAS")]
    [InlineData("May 9")] // reads as a date
    [InlineData("GC")] // an acronym of two letters
    [InlineData("Red Hill Army")] // entries of two countries share it
    [InlineData("Lost Synonym")] // its entry's head is lost
    public void RowsThatWouldNameTheWrongThingAreLeftOut(string phrase) => Assert.DoesNotContain(phrase, Rows().Keys);

    [Fact]
    public void TheCanonicalNameIsTheHeadsOrTheOneBodiesGive()
    {
        var rows = Rows();
        Assert.Equal("Northern People's Liberation Front", rows["NPLF"].Canonical);
        Assert.Equal("Valley Workers' Party", rows["River Army"].Canonical);
        Assert.Equal("Hamas", rows["Islamic Resistance Movement"].Canonical);
    }

    [Fact]
    public void UnreadableLinesAreReportedWithTheirLineAndDropsAreCountedByReason()
    {
        var (_, problems, counts) = Import();
        Assert.Equal(
        [
            "groups.txt:23: synonym 'LOST_SYNONYM_' belongs to an entry whose phrase is lost (line 22 holds only a comment)",
            "groups.txt:24: a '#' inside a word cuts 'CAF' short",
        ], problems);
        Assert.Equal(2, counts["phrases dropped: a person's name"]);
        Assert.Equal(2, counts["phrases dropped: code of a region or kind, not a country"]);
        Assert.Equal(2, counts["forms dropped: names groups of several countries"]);
        Assert.Equal(1, counts["forms dropped: one common English word"]);
        Assert.Equal(1, counts["forms dropped: reads as a date"]);
        Assert.Equal(1, counts["forms dropped: named in the lexicon already"]);
        Assert.Equal(Import().Rows.Count, counts["rows written"]);
    }

    [Fact]
    public void WrittenFileCarriesItsSourceAndLicenceAndParsesBack()
    {
        var rows = Import().Rows;
        var writer = new StringWriter();
        ArmedGroupImporter.Write(rows, writer);
        var text = writer.ToString();
        Assert.Contains("# Source: PETRARCH2 Phoenix.MilNonState.actors.txt", text);
        Assert.Contains("# The MIT License (MIT)", text);
        Assert.Contains("#     MCC: the US Millennium Challenge Corporation", text);
        Assert.Contains("\nNPLF\tNGA\tNorthern People's Liberation Front\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.Equal(rows, ArmedGroupImporter.Parse(new StringReader(text)));
    }

    [Theory]
    [InlineData("BOKO_HARAM", "Boko Haram")]
    [InlineData("FARC", "FARC")] // a short word English does not know is an acronym
    [InlineData("FARC-EP", "FARC-EP")]
    [InlineData("KONGRA-GEL", "Kongra-Gel")] // a hyphenated name with a long part is a name
    [InlineData("AL-QASSAM_BRIGADES", "al-Qassam Brigades")]
    [InlineData("JAISH-E-MOHAMMAD_", "Jaish-e-Mohammad")]
    [InlineData("ARMY_OF_THE_PURE_", "Army of the Pure")]
    [InlineData("TRIPLE_A_", "Triple A")] // a particle is not lower case at the end
    [InlineData("1ST_MECHANICAL_KANSAS_MILITIA_", "1st Mechanical Kansas Militia")]
    [InlineData("HM_OF_THE_JAMAAT-E-ISLAMI_", "HM of the Jamaat-e-Islami")] // a short part without a vowel is as written
    [InlineData("ORDER_II_", "Order II")]
    [InlineData("THE_EXTRADITABLES_", "Extraditables")] // a leading "the" is left out
    [InlineData("ORDER,_THE_", "Order")]
    [InlineData("AL_QA'IDA", "al Qa'ida")]
    [InlineData("TIGRAY_PEOPLES_LIBERATION_FRONT", "Tigray People's Liberation Front|Tigray Peoples Liberation Front")]
    [InlineData("KURDISTAN_WORKERS'_PARTY", "Kurdistan Workers' Party|Kurdistan Workers Party")]
    [InlineData("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_", "National Liberation Army")]
    public void NamesAreWrittenAsNewsTextWritesThem(string phrase, string expected)
    {
        var (names, _) = ArmedGroupNames.Forms(phrase, w => w is "order" or "army" or "pure", out _);
        Assert.Equal(expected, string.Join('|', names));
    }

    [Theory]
    [InlineData("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "AAIA", 0)]
    [InlineData("COMMUNIST_PARTY_OF_NEPAL-MAOIST_(CPN-M)_", "CPN-M", 0)]
    [InlineData("NATIONAL_LIBERATION_ARMY_(BOLIVIA)_", "", 1)] // seven letters: a gloss
    [InlineData("JAISH-I-MOHAMMED_(MOHAMMAD_", "", 1)] // a parenthesis left open
    public void ParenthesesAreAcronymsOrGlosses(string phrase, string acronym, int glosses)
    {
        var (_, acronyms) = ArmedGroupNames.Forms(phrase, _ => false, out int left);
        Assert.Equal(acronym, string.Join('|', acronyms));
        Assert.Equal(glosses, left);
    }

    [Theory]
    [InlineData("KHALED_MESHAAL", true)]
    [InlineData("SHEIKH_AHMED_YASSIN", true)]
    [InlineData("SHEIKH_AHMED_YASSIN_BRIGADES_", false)] // a group named after a person
    [InlineData("ABU_SAYYAF_GROUP", false)]
    [InlineData("BOKO_HARAM", false)]
    public void PersonsAreToldByTheirFirstWordAndTheLackOfAGroupWord(string phrase, bool person) =>
        Assert.Equal(person, ArmedGroupNames.IsPerson(ArmedGroupNames.Words(phrase), new HashSet<string>(StringComparer.Ordinal)));
}
