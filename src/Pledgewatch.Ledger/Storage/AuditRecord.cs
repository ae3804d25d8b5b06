namespace Pledgewatch.Ledger.Storage;

/// <summary>One audit_log row: who did what to which entry, when, with the state before and after as JSON.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public string At { get; set; } = "";
    public string Who { get; set; } = "";
    public string Action { get; set; } = "";
    public long? EntryId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
