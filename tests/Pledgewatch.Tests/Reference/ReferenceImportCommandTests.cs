using System.CommandLine;
using Pledgewatch.Cli.Commands;

namespace Pledgewatch.Tests.Reference;

/// <summary><c>pledgewatch reference import</c> with a source per option: what it writes, and its exit codes.</summary>
public sealed class ReferenceImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pw-import-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static int Import(params string[] args) => new RootCommand { ReferenceCommand.Create() }.Parse(["reference", "import", .. args]).Invoke();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string[] AllSources()
    {
        var lexicon = Write("npm/dist/lexicon.js", "var lexicon = {\n  \"give\": \"VB|NN\",\n  \"gave\": \"VBD\",\n  \"blacklist\": \"VB\",\n  \"disburses\": \"VBZ\"\n};\n");
        Write("npm/package.json", """{"name": "en-lexicon", "version": "0.0.1"}""");
        Write("wordnet/verb.exc", "gave give\n");
        Write("wordnet/noun.exc", "lice louse\n");
        Write("wordnet/adj.exc", "worse bad\n");
        Write("wordnet/index.noun", "  1 licence\nblacklist n 1 1 @ 1 0 00000012\nwrestler n 1 0 1 0 00000068\n");
        // (Each synset at the byte offset its index row gives.)
        Write("wordnet/data.noun", "  1 licence\n00000012 04 n 01 blacklist 0 000 | a list of the banned\n00000068 18 n 01 wrestler 0 000 | one who wrestles\n");
        Write("wordnet/index.verb", "  1 licence\ndisburse v 1 1 @ 1 0 02304982\ngive v 44 2 @ ~ 44 29 02199590\n");
        var cameo = Write("cameo.txt", "--- GIVE [070] ---\nGIVE {GIVES GAVE GIVEN GIVING}\n- * (TO +) [070]\n");
        var plover = Write("plover.txt", "070: AID, , # give\n");
        var agents = Write("agents.txt", "SOLDIER [~MIL]\n");
        var groups = Write("groups.txt", "BOKO_HARAM [NGAREB]\n");
        return ["--lexicon", lexicon, "--wordnet", Path.Combine(_dir.FullName, "wordnet"), "--cameo", cameo, "--cameo-plover", plover,
            "--agents", agents, "--armed-groups", groups, "--out", Path.Combine(_dir.FullName, "out")];
    }

    [Fact]
    public void EachOptionWritesItsTable()
    {
        Assert.Equal(0, Import(AllSources()));
        var output = Path.Combine(_dir.FullName, "out");
        Assert.EndsWith("\nblacklist\tVB NN\ndisburse\tVB VBP\ndisburses\tVBZ\ngave\tVBD\ngive\tVB NN\n", File.ReadAllText(Path.Combine(output, "syntax-lexicon.tsv")));
        Assert.Contains("en-lexicon 0.0.1", File.ReadAllText(Path.Combine(output, "syntax-lexicon.tsv")));
        Assert.EndsWith("\ngave\tgive\tv\nlice\tlouse\tn\nworse\tbad\ta\n", File.ReadAllText(Path.Combine(output, "syntax-irregular.tsv")));
        Assert.EndsWith("#\nwrestler\n", File.ReadAllText(Path.Combine(output, "entities-person-nouns.txt")));
        Assert.EndsWith("\nverb\tgive\tgives,gave,given,giving\t070\tAID\t\t\npattern\tgive\tprep=to pobj=+\t070\tAID\t\t\n",
            File.ReadAllText(Path.Combine(output, "event-frames-cameo.tsv")));
        Assert.EndsWith("\nsoldier\tsoldiers\tMIL\tMIL\n", File.ReadAllText(Path.Combine(output, "entities-agents.tsv")));
        Assert.EndsWith("\nBoko Haram\tNGA\tBoko Haram\n", File.ReadAllText(Path.Combine(output, "entities-armed-groups.tsv")));
    }

    [Fact]
    public void AReImportOfUnchangedSourcesWritesTheSameBytesWithoutBomOrCarriageReturns()
    {
        var args = AllSources();
        Assert.Equal(0, Import(args));
        var output = Path.Combine(_dir.FullName, "out");
        var first = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(0, Import(args));
        var second = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(6, first.Count);
        Assert.Equal(first, second);
        Assert.All(first, bytes => Assert.False(bytes.Length > 2 && bytes[0] == 0xEF && bytes[1] == 0xBB, "a BOM"));
        Assert.All(first, bytes => Assert.DoesNotContain((byte)'\r', bytes));
    }

    [Fact]
    public void BadSourceRowsAreSkippedWithExitCodeOne()
    {
        var agents = Write("agents.txt", "SOLDIER [~MIL]\nNO_CODE_HERE\n");
        Assert.Equal(1, Import("--agents", agents, "--out", Path.Combine(_dir.FullName, "out")));
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "out", "entities-agents.tsv")));
    }

    [Theory]
    [InlineData("--lexicon")]
    [InlineData("--wordnet")]
    [InlineData("--agents")]
    [InlineData("--armed-groups")]
    public void AMissingSourceIsAnErrorAndWritesNothing(string option)
    {
        var output = Path.Combine(_dir.FullName, "out");
        Assert.Equal(2, Import(option, Path.Combine(_dir.FullName, "absent"), "--out", output));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void TheCameoDictionaryNeedsItsMappingTable()
    {
        var cameo = Write("cameo.txt", "--- GIVE [070] ---\nGIVE\n");
        Assert.Equal(2, Import("--cameo", cameo, "--out", Path.Combine(_dir.FullName, "out")));
    }

    [Fact]
    public void AWordNetDirectoryWithoutItsListsIsAnError()
    {
        Write("wordnet/verb.exc", "gave give\n");
        Assert.Equal(2, Import("--wordnet", Path.Combine(_dir.FullName, "wordnet"), "--out", Path.Combine(_dir.FullName, "out")));
    }

    [Fact]
    public void NoSourceAtAllIsAUsageError() => Assert.Equal(2, Import());
}
