using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The agent importer on a made-up agent dictionary in the format of dictionaries.rst ("Agent dictionary").</summary>
public sealed class AgentImporterTests
{
    private const string Agents = """
        # made-up agents
        !HUMAN! = MAN, MEN ,WOMAN, WOMEN

        POLICE {} [~COP]
        HARBOUR_POLICE!HUMAN! [~COP]
        STUDENT [~EDU]
        MILITIA_ARMY [~REB]
        DEPUTY {DEPUTIES} [~LEG]
        ENVOY [~GOV]  # comment
        LOBBY_GROUP_ [~BUS]
        CHIEF WARDEN [~COP]
        NEWS_AGENCY [~MED}
        CHARITY [NGO~]
        PEASANT_FARMER [~AGRGOV]
        FOOTBALLER
        STUDENT [~OPP]
        STUDENT [~EDU]
        STRANGE_THING [~ZZZ]
        !ANIMAL!_KEEPER [~GOV]
        """;

    private static (Dictionary<string, AgentEntry> Rows, List<string> Problems) Import()
    {
        var problems = new List<string>();
        var rows = AgentImporter.Read(new StringReader(Agents), "agents.txt", problems, new ImportCounts());
        return (rows.ToDictionary(r => r.Phrase), problems);
    }

    private static string Row(string phrase)
    {
        var e = Import().Rows[phrase];
        return $"{string.Join(',', e.Plurals)}|{e.Code}|{e.Sector}";
    }

    [Theory]
    [InlineData("police", "|COP|GOV")] // {} : no plural
    [InlineData("student", "students|EDU|EDU")]
    [InlineData("militia army", "militia armies|REB|")] // rebels are no state's MIL
    [InlineData("deputy", "deputies|LEG|LEG")] // the dictionary's own plural
    [InlineData("envoy", "envoys|GOV|GOV")]
    [InlineData("lobby group", "|BUS|BUS")] // stopped with '_': no plural
    [InlineData("chief … warden", "chief … wardens|COP|GOV")] // a blank lets other words come between
    [InlineData("news agency", "news agencies|MED|MED")] // closed with '}' as the dictionary sometimes does
    [InlineData("charity", "charities|NGO|NGO")] // the code before '~'
    [InlineData("peasant farmer", "peasant farmers|AGRGOV|CVL")] // the primary agent decides the sector
    [InlineData("harbour policewomen", "|COP|GOV")] // substitution sets: each form its own row, no plural
    public void RowsCarryPluralsCodeAndSector(string phrase, string expected) => Assert.Equal(expected, Row(phrase));

    [Fact]
    public void ASubstitutionSetGivesOneRowPerItem()
    {
        var phrases = Import().Rows.Keys.Where(k => k.StartsWith("harbour police", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["harbour policeman", "harbour policemen", "harbour policewoman", "harbour policewomen"], phrases);
    }

    [Fact]
    public void BadLinesAreReportedWithTheirLineAndTheFirstCodeOfAPhraseIsKept()
    {
        var (rows, problems) = Import();
        Assert.Equal(
        [
            "agents.txt:15: an agent line is 'PHRASE {plural} [~CODE]', not 'FOOTBALLER'",
            "agents.txt:16: 'student' is already coded EDU at line 6; the first is kept",
            "agents.txt:18: agent ZZZ has no sector in the mapping table",
            "agents.txt:19: undefined substitution set !ANIMAL!",
        ], problems);
        Assert.Equal("EDU", rows["student"].Code);
    }

    [Fact]
    public void WrittenFileDocumentsTheSectorMappingAndParsesBack()
    {
        var rows = Import().Rows.Values.ToList();
        var writer = new StringWriter();
        AgentImporter.Write(rows, writer);
        var text = writer.ToString();
        Assert.Contains("#     REB -> (none): rebels", text);
        Assert.Contains("\nchief … warden\tchief … wardens\tCOP\tGOV\n", text);
        var back = AgentImporter.Parse(new StringReader(text));
        Assert.Equal(rows.Select(r => r.Phrase).Order(StringComparer.Ordinal), back.Select(r => r.Phrase));
    }
}
