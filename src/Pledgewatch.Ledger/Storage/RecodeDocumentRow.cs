namespace Pledgewatch.Ledger.Storage;

/// <summary>A documents row with what re-coding needs: the text, the metadata and their basis, the day it was ingested.</summary>
public sealed class RecodeDocumentRow
{
    public long Id { get; set; }
    public string Doc { get; set; } = "";
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Country { get; set; }
    public string? Published { get; set; }
    public string? PublishedFrom { get; set; }
    public string? CountryFrom { get; set; }
    public string? CoderVersion { get; set; }
    public string IngestedAt { get; set; } = "";
    public string Text { get; set; } = "";
}
