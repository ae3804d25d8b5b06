namespace Pledgewatch.Ledger.Storage;

/// <summary>A live record of a document with the source and entry it is filed under (null only for a record filed nowhere).</summary>
internal sealed class StoredRecordRow
{
    public long Id { get; set; }
    public long Ordinal { get; set; }
    public string Json { get; set; } = "";
    public long EvidenceStart { get; set; }
    public long EvidenceEnd { get; set; }
    public long? SourceId { get; set; }
    public long? EntryId { get; set; }
}
