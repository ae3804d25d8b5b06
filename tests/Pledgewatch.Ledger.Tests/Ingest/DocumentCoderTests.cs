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
}
