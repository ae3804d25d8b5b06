namespace Pledgewatch.Ledger.Ingest;

/// <summary>How an ingest run reads its inputs.</summary>
/// <param name="Published">Publication date for every document (<c>--published</c>); else each document's own.</param>
/// <param name="Country">Outlet country ISO3 for every document (<c>--country</c>); else from a dateline.</param>
/// <param name="Who">Recorded in the audit log as the author of the entries created.</param>
/// <param name="Timeout">Per URL: the whole fetch, connection to last byte.</param>
/// <param name="MaxBytes">Per document, file or URL: larger ones are refused with a message, not read.</param>
/// <param name="Jobs">Coders working at once (<c>--jobs</c>); 0 for one per core.</param>
/// <param name="PerHost">Requests to one host at a time, at most (politeness towards the outlets polled).</param>
/// <param name="Manifest">
/// The rows of <c>--manifest</c> by full path or URL (<see cref="DocumentManifest"/>). A document's date and country come
/// from <see cref="Published"/> and <see cref="Country"/>, else its manifest row, else <c>NAME.meta.json</c>, else
/// <c>NAME.gold.json</c>, else the feed item (date), else its text (date) or dateline (country), else (date only) the
/// file's time; each document records which (<see cref="MetadataBasis"/>).
/// </param>
public sealed record IngestOptions(
    DateOnly? Published = null,
    string? Country = null,
    string Who = "ingest",
    TimeSpan? Timeout = null,
    long MaxBytes = IngestOptions.DefaultMaxBytes,
    int Jobs = 0,
    int PerHost = IngestOptions.DefaultPerHost,
    IReadOnlyDictionary<string, DocumentMetadata>? Manifest = null)
{
    public const int DefaultPerHost = 2;

    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;

    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public const string UserAgent = "Pledgewatch/1.0 (ledger ingest; +https://github.com/pledgewatch)";

    public TimeSpan EffectiveTimeout => Timeout ?? DefaultTimeout;
}
