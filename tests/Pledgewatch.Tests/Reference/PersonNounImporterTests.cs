using System.Text;
using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The WordNet people-noun importer on a made-up index and synset file in WordNet's format.</summary>
public sealed class PersonNounImporterTests
{
    /// <summary>Synsets at their byte offsets: each line opens with its own offset, then its lexicographer file.</summary>
    private static (string Index, MemoryStream Data) Sample(params (string Lemma, int[] Files)[] nouns)
    {
        var data = new StringBuilder("  1 This software and database is being provided to you, the LICENSEE\n");
        var index = new StringBuilder("  1 This software and database is being provided to you, the LICENSEE\n");
        foreach (var (lemma, files) in nouns)
        {
            var offsets = new List<string>();
            foreach (int file in files)
            {
                var offset = data.Length.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                offsets.Add(offset);
                data.Append($"{offset} {file:D2} n 01 {lemma} 0 000 | a gloss\n");
            }
            index.Append($"{lemma} n {files.Length} 0 {files.Length} 0 {string.Join(' ', offsets)}\n");
        }
        return (index.ToString(), new MemoryStream(Encoding.ASCII.GetBytes(data.ToString())));
    }

    [Fact]
    public void ANounWhoseFirstSenseIsAPersonIsKept()
    {
        var (index, data) = Sample(("wrestler", [18]), ("crowd", [14, 18]), ("judge", [18, 31]), ("table", [6]));
        var people = PersonNounImporter.Read(new StringReader(index), data, [], new ImportCounts());
        Assert.Equal(["judge", "wrestler"], people);
    }

    [Fact]
    public void NounsOfSeveralWordsAreSkipped()
    {
        var (index, data) = Sample(("head_of_state", [18]), ("trucker", [18]));
        var counts = new ImportCounts();
        Assert.Equal(["trucker"], PersonNounImporter.Read(new StringReader(index), data, [], counts));
        Assert.Equal(1, counts["skipped: several words or not a word"]);
    }

    [Fact]
    public void AnOffsetThatHoldsNoSynsetIsReportedWithItsLine()
    {
        var (_, data) = Sample(("wrestler", [18]));
        var problems = new List<string>();
        var people = PersonNounImporter.Read(new StringReader("lawyer n 1 0 1 0 99999999\nwrestler n 1 0 1 0 nonsense\n"), data, problems, new ImportCounts());
        Assert.Empty(people);
        Assert.Equal(["index.noun:1: 'lawyer' points at no synset of data.noun", "index.noun:2: 'wrestler' points at no synset of data.noun"], problems);
    }

    [Fact]
    public void WrittenListIsSortedWithTheLicence()
    {
        var writer = new StringWriter();
        PersonNounImporter.Write(["wrestler", "athlete", "wrestler"], writer);
        var text = writer.ToString();
        Assert.Contains("WordNet 3.0 Copyright 2006 by Princeton University", text);
        Assert.EndsWith("\nathlete\nwrestler\n", text);
    }
}
