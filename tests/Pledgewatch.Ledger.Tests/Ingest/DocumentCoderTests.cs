using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>
/// A coder hands its document over with the records as coded; their encoding for storing is placed by ParallelIngest
/// (the writer's thread while it waits, a coder's when the writer is behind), not done on every coder's thread.
/// </summary>
public sealed class DocumentCoderTests
{
    [Fact]
    public void ACodedDocumentIsHandedOverWithItsRecordsNotYetEncoded()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        var options = new IngestOptions(Published: new DateOnly(2026, 1, 5), Country: "CAN");
        using var fetcher = new SourceFetcher(options);
        var coder = new DocumentCoder(store, CodingPipeline.Create(), options, fetcher, TimeProvider.System);
        var text = "Canada pledged 500 million dollars to Ukraine on Monday."u8.ToArray();

        var pending = Assert.IsType<PendingDocument>(coder.Code(0, new WorkItem(Path.Combine(Path.GetTempPath(), "one-pledge.txt"), text)).Pending);

        Assert.NotEmpty(pending.Records);
        Assert.False(pending.IsEncoded);
        Assert.Same(pending, pending.Encode());
        Assert.True(pending.IsEncoded);
        Assert.Equal(pending.Records.Count, pending.Encoded.Count);
    }

    [Fact]
    public void ARecordOurCodeCannotEncodeFailsItsDocumentNotTheRun()
    {
        // A confidence that is not a number: the record's JSON writer refuses it (a bug of ours if the coder ever made one).
        var broken = Some.Pledge("doc", "CAN", "UKR", 5m, "CAD", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5)) with { Confidence = double.NaN };
        var item = new WorkItem("/corpus/doc.txt");
        var coded = new CodedDocument(7, item, new PendingDocument(Some.Document("doc"), [broken]));

        var result = ParallelIngest.Encoded(coded);

        Assert.Null(result.Pending);
        Assert.Equal(7, result.Sequence);
        Assert.Same(item, result.Item);
        Assert.StartsWith("/corpus/doc.txt: could not be coded (internal error ", result.Error);
        var fine = new CodedDocument(8, item, new PendingDocument(Some.Document("doc"), [broken with { Confidence = 0.9 }]));
        Assert.True(ParallelIngest.Encoded(fine).Pending!.IsEncoded);
    }
}
