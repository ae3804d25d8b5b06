namespace Pledgewatch.Ledger.Storage;

/// <summary>A coded record as stored (EVENTS.md JSON), with its document and the entry it was filed under.</summary>
public sealed class RecordSummary
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string Doc { get; set; } = "";
    public long Ordinal { get; set; }
    public string EventType { get; set; } = "";
    public string Json { get; set; } = "";
    public long? EntryId { get; set; }
}
