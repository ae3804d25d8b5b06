using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

/// <summary>A coded document on its way into the ledger, with what its storing also settles.</summary>
/// <param name="WatchItem">The watch item it came from (<c>watch_items.id</c>), marked done in the same transaction; null otherwise.</param>
/// <param name="QueueSource">Its row in PostgreSQL's shared work queue, finished in the same transaction; null otherwise.</param>
internal sealed record PendingDocument(StoredDocument Document, IReadOnlyList<EventRecord> Records, long? WatchItem = null, string? QueueSource = null)
{
    private IReadOnlyList<EncodedRecord>? _encoded;

    /// <summary>
    /// The records encoded for storing (<see cref="EncodedRecord"/>), made on first use. Ingest chooses the thread
    /// (<see cref="Ingest.ParallelIngest"/>: the writer's while it waits for the coders, a coder's when the writer is
    /// behind) by calling <see cref="Encode"/>; not safe for two threads at once, so one thread at a time owns a document.
    /// </summary>
    public IReadOnlyList<EncodedRecord> Encoded => _encoded ??= [.. Records.Select(EncodedRecord.Of)];

    /// <summary>True once the records are encoded (<see cref="Encoded"/>).</summary>
    public bool IsEncoded => _encoded is not null;

    /// <summary>Encodes the records now, on the calling thread (nothing when they are already); returns this document.</summary>
    public PendingDocument Encode()
    {
        _ = Encoded;
        return this;
    }
}
