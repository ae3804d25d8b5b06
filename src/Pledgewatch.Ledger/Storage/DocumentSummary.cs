namespace Pledgewatch.Ledger.Storage;

/// <summary>A stored document without its text, with the number of records coded from it.</summary>
public sealed class DocumentSummary
{
    public long Id { get; set; }
    public string Doc { get; set; } = "";
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Country { get; set; }
    public string? Published { get; set; }
    public string IngestedAt { get; set; } = "";
    public long Records { get; set; }
}
