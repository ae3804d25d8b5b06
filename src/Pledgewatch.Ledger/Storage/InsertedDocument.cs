namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The ids the insert of a document and its records gives (<see cref="LedgerStore"/>'s ingest). Where the insert is
/// deferred (<see cref="LedgerCommands.Defer"/>) they are filled in when it runs, at the next flush; until then, and for
/// a document stored already, <see cref="DocumentId"/> is null.
/// </summary>
/// <param name="records">The number of records, each given its id by ordinal.</param>
/// <param name="deferred">Whether the ids come only at the next flush.</param>
internal sealed class InsertedDocument(int records, bool deferred)
{
    public bool Deferred { get; } = deferred;

    public long? DocumentId { get; set; }

    /// <summary>The records' ids, by ordinal.</summary>
    public long[] RecordIds { get; } = new long[records];
}
