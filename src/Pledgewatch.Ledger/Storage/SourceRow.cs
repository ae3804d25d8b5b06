namespace Pledgewatch.Ledger.Storage;

/// <summary>An entry_sources row as Dapper reads it.</summary>
internal sealed class SourceRow
{
    public long Id { get; set; }
    public long EntryId { get; set; }
    public long? RecordId { get; set; }
    public string Doc { get; set; } = "";
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string Evidence { get; set; } = "";
    public string Rule { get; set; } = "";
    public string? RetiredAt { get; set; }
}
