namespace Pledgewatch.Ledger.Storage;

/// <summary>An entry that may be the same event as a new record: its id, its package and stored fields.</summary>
internal sealed class CandidateRow
{
    public long Id { get; set; }
    public long? ParentId { get; set; }
    public string Fields { get; set; } = "";
}
