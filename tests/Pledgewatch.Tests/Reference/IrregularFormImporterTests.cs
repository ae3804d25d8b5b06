using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The WordNet exception-list importer on made-up lines in the lists' format.</summary>
public sealed class IrregularFormImporterTests
{
    private static List<IrregularForm> Read(string text, string file, char pos, List<string> problems) =>
        IrregularFormImporter.Read(new StringReader(text), file, pos, problems, new ImportCounts());

    [Fact]
    public void OneRowPerFormLemmaAndPartOfSpeech()
    {
        var rows = Read("flew fly\nlay lay lie\n", "verb.exc", 'v', []);
        Assert.Equal([new IrregularForm("flew", "fly", 'v'), new IrregularForm("lay", "lay", 'v'), new IrregularForm("lay", "lie", 'v')], rows);
    }

    [Fact]
    public void UnderscoresOfALemmaBecomeSpacesAndMultiwordFormsAreSkipped()
    {
        var counts = new ImportCounts();
        var rows = IrregularFormImporter.Read(new StringReader("sea_dogs sea_dog\nfunnies funny_paper\n"), "noun.exc", 'n', [], counts);
        Assert.Equal([new IrregularForm("funnies", "funny paper", 'n')], rows);
        Assert.Equal(1, counts["dropped: multiword form"]);
    }

    [Fact]
    public void ALineWithoutALemmaIsReportedWithItsLine()
    {
        var problems = new List<string>();
        var rows = Read("worse bad\nlonely\nworst bad\n", "adj.exc", 'a', problems);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["adj.exc:2: expected a form and at least one lemma"], problems);
    }

    [Fact]
    public void WrittenRowsAreSortedWithoutRepeatsAndParseBack()
    {
        var rows = Read("swam swim\nbegan begin\nswam swim\n", "verb.exc", 'v', []);
        rows.AddRange(Read("geese goose\n", "noun.exc", 'n', []));
        var writer = new StringWriter();
        IrregularFormImporter.Write(IrregularFormImporter.Sorted(rows), writer);
        var text = writer.ToString();
        Assert.Contains("WordNet 3.0 Copyright 2006 by Princeton University", text);
        Assert.EndsWith("began\tbegin\tv\ngeese\tgoose\tn\nswam\tswim\tv\n", text);
        Assert.Equal(3, IrregularFormImporter.Parse(new StringReader(text)).Count);
    }
}
