using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

/// <summary>A coded document on its way into the ledger, with what its storing also settles.</summary>
/// <param name="WatchItem">The watch item it came from (<c>watch_items.id</c>), marked done in the same transaction; null otherwise.</param>
/// <param name="QueueSource">Its row in PostgreSQL's shared work queue, finished in the same transaction; null otherwise.</param>
internal sealed record PendingDocument(StoredDocument Document, IReadOnlyList<EventRecord> Records, long? WatchItem = null, string? QueueSource = null)
{
    private IReadOnlyList<EncodedRecord>? _encoded;

    /// <summary>
    /// The records encoded for storing (<see cref="EncodedRecord"/>). The coders call <see cref="Encode"/> so that the
    /// work is done on their threads; the writer encodes what comes without.
    /// </summary>
    public IReadOnlyList<EncodedRecord> Encoded => _encoded ??= [.. Records.Select(EncodedRecord.Of)];

    /// <summary>Encodes the records now, on the calling thread; returns this document.</summary>
    public PendingDocument Encode()
    {
        _ = Encoded;
        return this;
    }
}
