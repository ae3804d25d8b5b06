namespace Pledgewatch.Ledger.Storage;

/// <summary>What storing one document did.</summary>
/// <param name="IsNew">False when a document with the same content hash was there already (nothing was added).</param>
/// <param name="NewEntries">Entries the document's records opened.</param>
/// <param name="Merged">Records that joined an existing entry as a further source.</param>
/// <param name="Parts">Entries linked to their package by this document (new parts, and entries it attached).</param>
public readonly record struct IngestOutcome(bool IsNew, int Records, int NewEntries, int Merged, int Parts = 0)
{
    public static IngestOutcome Unchanged => new(false, 0, 0, 0);
}
