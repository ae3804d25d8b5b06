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

    /// <summary>Where <see cref="Published"/> came from (<see cref="MetadataBasis"/>); null when not recorded.</summary>
    public string? PublishedFrom { get; set; }

    /// <summary>Where <see cref="Country"/> came from; null when there is none or it was not recorded.</summary>
    public string? CountryFrom { get; set; }

    /// <summary>The coder version that made the document's records (<see cref="Ingest.CoderVersion"/>).</summary>
    public string? CoderVersion { get; set; }

    /// <summary>True when the date is a guess (the file's time, the day of ingest) or there is no outlet country.</summary>
    public bool Unsure => MetadataBasis.IsGuess(PublishedFrom) || Country is null;
}
