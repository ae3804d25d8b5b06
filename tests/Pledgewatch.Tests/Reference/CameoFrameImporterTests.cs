using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>
/// The CAMEO frame importer on a made-up verb dictionary and mapping table in the formats of dictionaries.rst and
/// CAMEO2PLOVER-2021.txt (the words and codes are ours, chosen to exercise each rule).
/// </summary>
public sealed class CameoFrameImporterTests
{
    private const string Dictionary = """
        # a made-up dictionary
        &VEHICLE
        +TRUCK
        +FERRY_BOAT
        +BUS_

        &ASSISTANCE_
        +HELP

        ---  GRANT   [070]  ---
        GRANT
        +HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
        GIVE {GIVES GAVE GIVEN GIVING} [071]  # own code
        - * {MEDICAL AID} (TO +)            [073]   # grant
        - * &VEHICLE                        [072]
        - $ * (BY/WITH {AIR DROP})          [0213]
        - * SHELTER                         [:075]
        - * (FOR                            [073]
        - * &UNKNOWN                        [073]
        - * NOTHING                         [---]
        - POLICE (IN TOWN) * CROWD          [175:140]
        - * &ASSISTANCE                     [9999]
        - * DOWN (FROM)                     [07!]

        ---  MUSE   [---]  ---
        MUSE {}
        - * (ON PEACE)                      [036]

        ~ a (a b GRANT) SAY = a b 070
        """;

    private const string Table = """
        # a made-up table
        07: AID
        070: AID,  ,  # Provide aid
        071: AID,  , economic
        072: AID, , military
        073: AID,   , humanitarian # humanitarian aid
        075: AID,  , asylum
        036: AGREE, , diplomatic
        175: ASSAULT, repression , military; legal
        an unreadable line
        ~~~~~
        """;

    private static (List<CameoFrame> Frames, List<string> Problems, ImportCounts Counts) Import()
    {
        var problems = new List<string>();
        var counts = new ImportCounts();
        var table = CameoPloverTable.Read(new StringReader(Table), "table.txt", problems);
        var dictionary = CameoDictionaryReader.Read(new StringReader(Dictionary), "verbs.txt", problems);
        return (CameoFrameImporter.Build(dictionary, table, "verbs.txt", problems, counts), problems, counts);
    }

    private static List<string> Lines(string kind, string lemma) =>
        Import().Frames.Where(f => f.Kind == kind && f.Lemma == lemma).Select(f => f.ToLine()).ToList();

    [Fact]
    public void EveryVerbGetsItsOwnCodeOrItsBlocksWithItsIrregularForms()
    {
        var verbs = Import().Frames.Where(f => f.Kind == "verb").Select(f => f.ToLine()).ToList();
        Assert.Equal(
        [
            "verb\t+hand over\t+hands over,+handed over,+handing over\t070\tAID\t\t",
            "verb\tgive\tgives,gave,given,giving\t071\tAID\t\teconomic",
            "verb\tgrant\t\t070\tAID\t\t",
        ], verbs); // MUSE has the null code: no verb row
    }

    [Fact]
    public void APatternGivesOneRowPerVerbOfItsBlock()
    {
        var rows = Import().Frames.Where(f => f.Kind == "pattern" && f.Detail == "mod=medical obj=aid prep=to pobj=+").ToList();
        Assert.Equal(["+hand over", "give", "grant"], rows.Select(r => r.Lemma));
        Assert.All(rows, r => Assert.Equal(("073", "AID", "humanitarian"), (r.Code, r.Category, string.Join(',', r.Contexts))));
    }

    [Fact]
    public void SynsetsExpandWithTheirPluralsUnlessAPhraseIsStopped()
    {
        Assert.Contains("pattern\tgrant\tobj=truck|trucks|ferry_boat|ferry_boats|bus\t072\tAID\t\tmilitary", Lines("pattern", "grant"));
    }

    [Fact]
    public void PreVerbWordsArePlaceholdersKeptAndPairedCodesMapTheirFirstCode()
    {
        var grant = Lines("pattern", "grant");
        Assert.Contains("pattern\tgrant\tsubj=police pre-prep=in pre-pobj=town obj=crowd\t175:140\tASSAULT\trepression\tmilitary,legal", grant);
        Assert.Contains("pattern\tgrant\tobj=shelter\t:075\tAID\t\tasylum", grant); // only the reversed event: its code decides
    }

    [Fact]
    public void ANullBlockCodeStillLetsItsPatternsCode() =>
        Assert.Equal(["pattern\tmuse\tprep=on pobj=peace\t036\tAGREE\t\tdiplomatic"], Lines("pattern", "muse"));

    [Fact]
    public void CodesWithoutAPloverEventGiveNoRowAndAreCountedByReason()
    {
        var (frames, _, counts) = Import();
        Assert.DoesNotContain(frames, f => f.Code is "0213" or "9999" or "---");
        Assert.Equal(1, counts["patterns dropped: root 01/02 (not in PLOVER)"]);
        Assert.Equal(1, counts["patterns dropped: code not in CAMEO2PLOVER"]);
        Assert.Equal(1, counts["patterns dropped: null code ---"]);
        Assert.Equal(1, counts["verbs dropped: null code ---"]);
        Assert.Equal(1, counts["transformations skipped"]);
    }

    [Fact]
    public void BadRowsOfBothSourcesAreReportedWithFileAndLine()
    {
        var problems = Import().Problems;
        Assert.Equal(
        [
            "table.txt:10: expected 'code: CATEGORY, mode, contexts'",
            "verbs.txt:23: bad code [07!]",
            "verbs.txt:18: '(' is not closed",
            "verbs.txt:19: undefined synset &UNKNOWN",
        ], problems);
    }

    [Fact]
    public void WrittenFileIsSortedAndParsesBack()
    {
        var frames = Import().Frames;
        var writer = new StringWriter();
        CameoFrameImporter.Write(frames, writer);
        var text = writer.ToString();
        Assert.Contains("# Made by: pledgewatch reference import --cameo", text);
        var rows = text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Equal(frames.Count, rows.Count);
        Assert.True(rows.TakeWhile(r => r.StartsWith("verb", StringComparison.Ordinal)).Count() == 3, "verb rows come first");
        Assert.Equal(frames.Select(f => f.ToLine()), CameoFrameImporter.Parse(new StringReader(text)).Select(f => f.ToLine()));
    }

    [Theory]
    [InlineData("* (AGAINST)", "prep=against")]
    [InlineData("* OUT {NEW STRATEGY}", "obj=out mod=new obj=strategy")]
    [InlineData("*SCEPTICAL", "obj=sceptical")]
    [InlineData("* (IN FAVOUR/FAVOR)", "prep=in pobj=favour|favor")]
    [InlineData("* AIR_STRIKE_", "obj=air_strike")]
    [InlineData("* OFF (FROM ^)", "obj=off prep=from pobj=^")]
    [InlineData("{&VEHICLE DRIVER} * % ", "smod=truck|trucks|ferry_boat|ferry_boats|bus subj=driver obj=%")]
    [InlineData("* &ASSISTANCE", "obj=help")] // the label "&ASSISTANCE_" stops plurals; it is used without its '_'
    [InlineData("* FIGHTER_&VEHICLE", "obj=fighter_truck|fighter_trucks|fighter_ferry_boat|fighter_ferry_boats|fighter_bus")]
    public void PatternSpecsReadEveryConstruction(string body, string spec)
    {
        var synsets = CameoDictionaryReader.Read(new StringReader(Dictionary), "verbs.txt", []).Synsets;
        Assert.Equal(spec, CameoPatternSpec.Build(body, synsets, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("ATTACK", "no verb position (*)")]
    [InlineData("* *", "two verb positions (*)")]
    [InlineData("* )", "')' closes nothing")]
    [InlineData("*", "no words around the verb")]
    [InlineData("* ()", "an empty prepositional phrase '()'")]
    public void UnreadablePatternBodiesSayWhy(string body, string error)
    {
        Assert.Null(CameoPatternSpec.Build(body, new Dictionary<string, CameoSynset>(), out var why));
        Assert.Equal(error, why);
    }
}
