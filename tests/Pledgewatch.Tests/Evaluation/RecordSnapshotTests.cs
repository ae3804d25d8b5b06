using Pledgewatch.Evaluation;
using Pledgewatch.Records;

namespace Pledgewatch.Tests.Evaluation;

/// <summary>The records snapshot's line format: compact, stable, sorted, and free of the corpus's text.</summary>
public sealed class RecordSnapshotTests
{
    private static EventRecord Record(string id, string text = "Some sentence of a report", string? partOf = null) => new()
    {
        Doc = "report-a",
        Id = id,
        EventType = "AGREE",
        Actor = [new EntityRef("the minister of Atlantis", "ATL", "GOV", "Minister Name"), new EntityRef("a bloc", null)],
        Recipient = [new EntityRef("Freedonia", "FRE")],
        Date = new EventDate(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31), "in May"),
        Location = new PlaceRef("Capital City", "ATL"),
        Commitment = new Commitment
        {
            Amount = new Money(2_500_000.50m, "EUR", "€2.5 million"),
            Instruments = ["loan", "grant"],
            Stage = "pledged",
            PartOf = partOf,
        },
        Evidence = new Evidence(3, 120, 190, text),
    };

    [Fact]
    public void ALineHoldsCodesDatesAmountsAndOffsets()
    {
        var line = RecordSnapshot.Line("dev", Record("e4", partOf: "e1"));
        Assert.Equal("dev\treport-a\te4\tAGREE\t-\tATL,?\tFRE\t2024-05-01..2024-05-31\tATL\tEUR 2500000.5\tloan,grant\tpledged\te1\ts3:120-190", line.Text);
    }

    [Fact]
    public void ALineHoldsNoTextOfTheReport()
    {
        var text = RecordSnapshot.Line("dev", Record("e1", text: "Atlantis promised Freedonia a loan")).Text;
        foreach (var words in (string[])["Atlantis", "minister", "bloc", "Freedonia", "Capital", "May", "million", "Minister Name"])
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
    }

    [Fact]
    public void LinesSortByCorpusDocumentAndIdInDocumentOrder()
    {
        var lines = RecordSnapshot.Sorted(new[] { "e10", "e2", "e1" }.Select(id => RecordSnapshot.Line("train", Record(id)))
            .Append(RecordSnapshot.Line("dev", Record("e3"))));
        Assert.Equal(["dev/e3", "train/e1", "train/e2", "train/e10"], lines.Select(l => l.Corpus + "/" + l.Id));
    }

    [Fact]
    public void WrittenSnapshotReadsBackAndABadLineIsReportedWithItsNumber()
    {
        var writer = new StringWriter();
        RecordSnapshot.Write([RecordSnapshot.Line("dev", Record("e2")), RecordSnapshot.Line("dev", Record("e1"))], writer);
        var text = writer.ToString() + "dev\treport-a\te3\tAGREE\ttoo few\n";
        var problems = new List<string>();
        var back = RecordSnapshot.Read(new StringReader(text), "records.tsv", problems);
        Assert.Equal(["e1", "e2"], back.Select(l => l.Id));
        Assert.Equal(["records.tsv:7: expected 14 tab-separated columns"], problems);
    }
}
