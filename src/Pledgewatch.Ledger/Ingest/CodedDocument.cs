using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// What a coder made of one work item, handed to the writer in input order: a document to store, a document the
/// ledger has already (no coding was needed), a failure (one line naming the source), or an item not started
/// because a stop was asked for.
/// </summary>
internal sealed record CodedDocument(long Sequence, WorkItem? Item, PendingDocument? Pending = null, string? Error = null, bool Unchanged = false, bool Skipped = false);
