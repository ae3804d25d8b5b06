using Pledgewatch.Reference;
using Pledgewatch.Reference.Importers;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Reference;

/// <summary>
/// The generated syntax, frame and agent tables as shipped in the assembly: they parse, hold what the stages will look
/// up, and are what the importers make of the sources today (where the sources are on this machine).
/// </summary>
public sealed class BundledTablesTests
{
    private static TextReader Embedded(string name) =>
        new StreamReader(typeof(ReferenceData).Assembly.GetManifestResourceStream("Pledgewatch.Reference.Data." + name)
            ?? throw new InvalidOperationException(name + " is not embedded"));

    private static HashSet<string> EmbeddedLines(string name)
    {
        using var reader = Embedded(name);
        return TableFile.Read(reader).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
    }

    private static string DataFile(string name) => Path.Combine(SharedFolder.RepositoryRoot, "src/Pledgewatch/Reference/Data", name);

    [Fact]
    public void TheLexiconTagsCommonWords()
    {
        var lexicon = LexiconImporter.Parse(Embedded(LexiconImporter.FileName)).ToDictionary(e => e.Word);
        Assert.Equal("VBD", lexicon["pledged"].Tags[0]);
        Assert.Equal("MD", lexicon["will"].Tags[0]);
        Assert.Contains("PRP", lexicon["I"].Tags);
        Assert.DoesNotContain(lexicon.Keys, w => w.Any(char.IsUpper) && w != "I");
    }

    [Fact]
    public void TheIrregularFormsLeadToTheirLemmas()
    {
        var forms = IrregularFormImporter.Parse(Embedded(IrregularFormImporter.FileName));
        Assert.Contains(new IrregularForm("went", "go", 'v'), forms);
        Assert.Contains(new IrregularForm("children", "child", 'n'), forms);
        Assert.Contains(new IrregularForm("worse", "bad", 'a'), forms);
    }

    [Fact]
    public void ThePeopleNounsAreWordNetsPersonNouns()
    {
        var people = EmbeddedLines(PersonNounImporter.FileName);
        Assert.Contains("wrestler", people);
        Assert.Contains("trucker", people);
        Assert.DoesNotContain("government", people);
        Assert.DoesNotContain("crowd", people);
    }

    [Fact]
    public void TheFramesCoverTheSixteenCategories()
    {
        var frames = CameoFrameImporter.Parse(Embedded(CameoFrameImporter.FileName));
        Assert.Equal(CameoPloverTable.Categories.Order(StringComparer.Ordinal), frames.Select(f => f.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(frames, f => f is { Kind: "verb", Lemma: "visit", Code: "042:043", Category: "CONSULT", Mode: "visit" });
        Assert.Contains(frames, f => f is { Kind: "verb", Lemma: "kidnap", Category: "ASSAULT", Mode: "abduct" });
        Assert.DoesNotContain(frames, f => f.Code.StartsWith("01", StringComparison.Ordinal) || f.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void StateNounsGiveOnlyTheSectorsOfEventsMd()
    {
        // (PTY marks a party, which the coder keeps apart from its state's government and records without a sector.)
        string[] sectors = ["GOV", "MIL", "LEG", "JUD", "EDU", "MED", "NGO", "BUS", "CVL", "PTY", "-"];
        var rows = File.ReadAllLines(DataFile("state-nouns.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r[1], sectors));
    }

    [Fact]
    public void TheAgentsGiveDomesticActorsASector()
    {
        var agents = AgentImporter.Parse(Embedded(AgentImporter.FileName)).ToDictionary(a => a.Phrase);
        Assert.Equal(("COP", "GOV"), (agents["police"].Code, agents["police"].Sector));
        Assert.Equal(("REB", ""), (agents["rebel"].Code, agents["rebel"].Sector));
        Assert.Contains("students", agents["student"].Plurals);
        Assert.Equal("LEG", agents["parliament"].Sector);
    }

    [Theory]
    [InlineData("Tigray People's Liberation Front", "ETH")]
    [InlineData("Boko Haram", "NGA")]
    [InlineData("FARC", "COL")]
    [InlineData("PKK", "TUR")]
    [InlineData("Kurdistan Workers' Party", "TUR")]
    public void TheArmedGroupsAreCodedWithTheirCountry(string phrase, string code)
    {
        var groups = ArmedGroupImporter.Parse(Embedded(ArmedGroupImporter.FileName));
        Assert.Equal(code, Assert.Single(groups, g => g.Phrase == phrase).Code);
        Assert.DoesNotContain(groups, g => g.Phrase is "MCC" or "ETA" or "Tigers" or "May 15");
    }

    [Fact]
    public void FramesAgentsAndArmedGroupsAreWhatTheImportersMakeOfTheSharedSources()
    {
        var cameo = SharedFolder.Require("reference/petrarch2/CAMEO.2.0.txt");
        var plover = SharedFolder.Require("reference/CAMEO2PLOVER-2021.txt");
        var agents = SharedFolder.Require("reference/petrarch2/Phoenix.agents.txt");
        var groups = SharedFolder.Require("reference/petrarch2/Phoenix.MilNonState.actors.txt");
        var output = Directory.CreateTempSubdirectory("pw-bundled-");
        try
        {
            ReferenceImporter.Run(new ReferenceSources(Cameo: cameo, CameoPlover: plover, Agents: agents, ArmedGroups: groups), output.FullName);
            foreach (var name in (string[])[CameoFrameImporter.FileName, AgentImporter.FileName, ArmedGroupImporter.FileName])
                Assert.True(File.ReadAllBytes(Path.Combine(output.FullName, name)).AsSpan().SequenceEqual(File.ReadAllBytes(DataFile(name))),
                    $"{name} differs from a fresh import: rerun the command in src/Pledgewatch/Reference/Data/SOURCES.md");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheWordNetTablesAreWhatTheImporterMakesOfDebiansWordNet()
    {
        const string wordnet = "/usr/share/wordnet";
        Assert.SkipUnless(File.Exists(Path.Combine(wordnet, "verb.exc")), "WordNet (Debian's wordnet-base) is not installed: skipped");
        var output = Directory.CreateTempSubdirectory("pw-bundled-");
        try
        {
            ReferenceImporter.Run(new ReferenceSources(WordNet: wordnet), output.FullName);
            foreach (var table in (string[])[IrregularFormImporter.FileName, PersonNounImporter.FileName])
                Assert.True(File.ReadAllBytes(Path.Combine(output.FullName, table)).AsSpan().SequenceEqual(File.ReadAllBytes(DataFile(table))),
                    $"{table} differs from a fresh import: rerun the command in src/Pledgewatch/Reference/Data/SOURCES.md");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
